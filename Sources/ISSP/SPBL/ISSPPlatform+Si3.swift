import APDU
import Foundation
import SGP22
import SPB
import SwiftASN1

/// Si3 on the SPBL side: the router and the functions that need no session.
extension ISSPPlatform {
    /// Answers one Si3 request (a complete STORE DATA payload).
    ///
    /// Functions report their own failures in their responses (SpblErrorReason); a request that cannot be
    /// parsed is refused with `6A80`, an unknown function with `6A81`.
    func handleSi3(_ command: [UInt8]) async throws -> [UInt8] {
        let request: Si3Command
        do {
            request = try Si3Command(derBytes: command)
        } catch {
            if let node = try? DER.parse(command), Si3Function(tag: node.identifier) == nil {
                throw CardStatusError(.functionNotSupported, reason: "no Si3 function has the tag \(node.identifier)")
            }
            throw CardStatusError(.wrongData, reason: "malformed Si3 request: \(error)")
        }
        switch request {
        case .getSpblInfo: return try Self.encode(try spblInfo())
        case .getSpblChallenge: return try Self.encode(spblChallenge())
        case .authenticateSpbm(let request): return try Self.encode(try authenticateSpbm(request))
        case .loadBoundSpbInfo(let request): return try Self.encode(try await loadBoundSpbInfo(request))
        case .listSpbs(let request): return try Self.encode(listSpbs(request))
        case .spbStateChange(let request): return try Self.encode(await spbStateChange(request))
        case .cancelSpbSession(let request): return try Self.encode(try cancelSpbSession(request))
        }
    }

    /// Si3.GetSpblInfo: identity, part number, families with their CI keys, classes, free space and limit.
    public func spblInfo() throws -> SpblInfo {
        guard let certificate = credentials.certificate.certificate else {
            throw ISSPError.invalidConfiguration(reason: "the SPBL certificate cannot be read by swift-certificates")
        }
        return SpblInfo(
            platformId: try credentials.platformId, partNumber: configuration.partNumber.description,
            firmwareVersion: configuration.firmwareVersion, supportedFamilies: families.map(\.support),
            supportedBundleClasses: supportedBundleClasses, freeSpace: try freeSpace(),
            activeSpbLimit: limits.maximumActiveBundles, spblCertificate: certificate)
    }

    /// Si3.GetSpblChallenge: a fresh 16-byte challenge; any earlier session is dropped.
    func spblChallenge() -> GetSpblChallengeResponse {
        let challenge = SpbChallenge.generate()
        spblSession = SPBLSessionState(challenge: challenge, authenticated: nil)
        return GetSpblChallengeResponse(spblChallenge: challenge)
    }

    /// Si3.ListSpbs: the metadata of every bundle (or of one, or of one class), whatever its state.
    func listSpbs(_ request: ListSpbsRequest) -> ListSpbsResponse {
        do {
            var bundles = try bundles(of: request.telecomBundleClass)
            if let spbId = request.spbId {
                bundles = bundles.filter { $0.spbId == spbId }
                guard !bundles.isEmpty else { return .listSpbsError(.spbNotFound) }
            }
            return .spbMetadataList(bundles.map(\.metadata))
        } catch {
            return .listSpbsError(Self.spblErrorReason(for: error))
        }
    }

    /// Si3.SpbStateChange: one transition, answered with its signed notification.
    func spbStateChange(_ request: SpbStateChangeRequest) async -> SpbStateChangeResponse {
        guard let transition = TelecomBundleTransition(request.operation) else {
            return .spbStateChangeError(.incorrectInputValues)
        }
        do {
            return .spbStateChangeNotification(try await stateChange(transition, of: request.spbId))
        } catch {
            return .spbStateChangeError(Self.spblErrorReason(for: error))
        }
    }

    /// Si3.CancelSpbSession: ends the authenticated session and signs the cancellation for the SPB Manager.
    func cancelSpbSession(_ request: CancelSpbSessionRequest) throws -> CancelSpbSessionResponse {
        guard let session = spblSession.authenticated else { return .cancelSpbSessionResponseError(.noSessionContext) }
        guard session.transactionId == request.transactionId else {
            return .cancelSpbSessionResponseError(.invalidTransactionId)
        }
        spblSession = SPBLSessionState()
        return try binding.cancelSession(session, reason: request.reason)
    }

    // MARK: Helpers

    /// The SpblErrorReason a platform error is reported with on Si3.
    static func spblErrorReason(for error: any Error) -> SpblErrorReason {
        switch error {
        case let refusal as InstallationRefusal: return refusal.reason
        case is TelecomBundleStateError: return .invalidStateTransition
        case let port as ModemPortError:
            if case .noFreePort = port { return .activeSpbLimitReached }
            return .invalidStateTransition
        case let platform as ISSPError:
            switch platform {
            case .bundleNotFound, .bundleDeleted: return .spbNotFound
            case .wrongBundleClass: return .bundleClassMismatch
            default: return .undefinedError
            }
        default: return .undefinedError
        }
    }

    /// Encodes a response; a failure here is the platform's own fault (`6F00`).
    static func encode(_ response: some DERSerializable) throws -> [UInt8] {
        do {
            return try response.derBytes()
        } catch {
            throw CardStatusError(.noPreciseDiagnosis, reason: "cannot encode \(type(of: response)): \(error)")
        }
    }
}
