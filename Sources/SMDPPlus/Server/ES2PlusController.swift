import Hummingbird
import SGP22

/// The ES2+ routes (SGP.22 section 6.5.2): `POST /gsma/rsp2/es2plus/<function>` for the four functions the
/// operator calls, each bound to ``ES2PlusService`` through ``RSPEndpoint``.
struct ES2PlusController: Sendable {
    let service: ES2PlusService
    let endpoint: RSPEndpoint

    func addRoutes<Context: RequestContext>(to router: Router<Context>) {
        let service = service
        let endpoint = endpoint
        router.post(RouterPath(ES2PlusFunction.downloadOrder.path)) { request, _ in
            await endpoint.handle("downloadOrder", request: request, decoding: ES2Plus.DownloadOrderRequest.self) {
                try await service.downloadOrder($0)
            }
        }
        router.post(RouterPath(ES2PlusFunction.confirmOrder.path)) { request, _ in
            await endpoint.handle("confirmOrder", request: request, decoding: ES2Plus.ConfirmOrderRequest.self) {
                try await service.confirmOrder($0)
            }
        }
        router.post(RouterPath(ES2PlusFunction.cancelOrder.path)) { request, _ in
            await endpoint.handle("cancelOrder", request: request, decoding: ES2Plus.CancelOrderRequest.self) {
                try await service.cancelOrder($0)
            }
        }
        router.post(RouterPath(ES2PlusFunction.releaseProfile.path)) { request, _ in
            await endpoint.handle("releaseProfile", request: request, decoding: ES2Plus.ReleaseProfileRequest.self) {
                try await service.releaseProfile($0)
            }
        }
    }
}
