import Hummingbird
import SGP22

/// The ES9+ routes (SGP.22 section 6.5.2): `POST /gsma/rsp2/es9plus/<function>` for the five functions the LPA
/// calls, each bound to ``ES9PlusService`` through ``RSPEndpoint``.
struct ES9PlusController: Sendable {
    let service: ES9PlusService
    let endpoint: RSPEndpoint

    func addRoutes<Context: RequestContext>(to router: Router<Context>) {
        let service = service
        let endpoint = endpoint
        router.post(RouterPath(ES9PlusFunction.initiateAuthentication.path)) { request, _ in
            await endpoint.handle(
                "initiateAuthentication", request: request, decoding: ES9Plus.InitiateAuthenticationRequest.self
            ) { try await service.initiateAuthentication($0) }
        }
        router.post(RouterPath(ES9PlusFunction.authenticateClient.path)) { request, _ in
            await endpoint.handle(
                "authenticateClient", request: request, decoding: ES9Plus.AuthenticateClientRequest.self
            ) { try await service.authenticateClient($0) }
        }
        router.post(RouterPath(ES9PlusFunction.getBoundProfilePackage.path)) { request, _ in
            await endpoint.handle(
                "getBoundProfilePackage", request: request, decoding: ES9Plus.GetBoundProfilePackageRequest.self
            ) { try await service.getBoundProfilePackage($0) }
        }
        router.post(RouterPath(ES9PlusFunction.handleNotification.path)) { request, _ in
            await endpoint.handle(
                "handleNotification", request: request, decoding: ES9Plus.HandleNotificationRequest.self
            ) { message -> HeaderOnlyResponse? in
                try await service.handleNotification(message)
                return nil
            }
        }
        router.post(RouterPath(ES9PlusFunction.cancelSession.path)) { request, _ in
            await endpoint.handle(
                "cancelSession", request: request, decoding: ES9Plus.CancelSessionRequest.self
            ) { try await service.cancelSession($0) }
        }
    }
}
