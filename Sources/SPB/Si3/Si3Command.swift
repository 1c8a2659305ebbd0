import SGP22
import SwiftASN1

/// A decoded Si3 request, as the SPBL receives it from a completed STORE DATA chain.
///
/// The SPBL dispatches on the outer tag; an unknown tag or a malformed message is an error that names it.
public enum Si3Command: Hashable, Sendable {
    case getSpblInfo(GetSpblInfoRequest)
    case getSpblChallenge(GetSpblChallengeRequest)
    case authenticateSpbm(AuthenticateSpbmRequest)
    case loadBoundSpbInfo(LoadBoundSpbInfoRequest)
    case listSpbs(ListSpbsRequest)
    case spbStateChange(SpbStateChangeRequest)
    case cancelSpbSession(CancelSpbSessionRequest)

    /// Decodes one complete request; trailing bytes are an error.
    public init(derBytes: some Collection<UInt8>) throws {
        let node = try DER.parse(Array(derBytes))
        guard let function = Si3Function(tag: node.identifier) else {
            throw ASN1Error.invalidASN1Object(reason: "Si3: no function has the tag \(node.identifier)")
        }
        switch function {
        case .getSpblInfo: self = .getSpblInfo(try GetSpblInfoRequest(derEncoded: node))
        case .getSpblChallenge: self = .getSpblChallenge(try GetSpblChallengeRequest(derEncoded: node))
        case .authenticateSpbm: self = .authenticateSpbm(try AuthenticateSpbmRequest(derEncoded: node))
        case .loadBoundSpbInfo: self = .loadBoundSpbInfo(try LoadBoundSpbInfoRequest(derEncoded: node))
        case .listSpbs: self = .listSpbs(try ListSpbsRequest(derEncoded: node))
        case .spbStateChange: self = .spbStateChange(try SpbStateChangeRequest(derEncoded: node))
        case .cancelSpbSession: self = .cancelSpbSession(try CancelSpbSessionRequest(derEncoded: node))
        }
    }

    /// The function the request calls.
    public var function: Si3Function {
        switch self {
        case .getSpblInfo: .getSpblInfo
        case .getSpblChallenge: .getSpblChallenge
        case .authenticateSpbm: .authenticateSpbm
        case .loadBoundSpbInfo: .loadBoundSpbInfo
        case .listSpbs: .listSpbs
        case .spbStateChange: .spbStateChange
        case .cancelSpbSession: .cancelSpbSession
        }
    }

    /// The request's DER, as the LBA sends it.
    public func derBytes() throws -> [UInt8] {
        switch self {
        case .getSpblInfo(let request): try request.derBytes()
        case .getSpblChallenge(let request): try request.derBytes()
        case .authenticateSpbm(let request): try request.derBytes()
        case .loadBoundSpbInfo(let request): try request.derBytes()
        case .listSpbs(let request): try request.derBytes()
        case .spbStateChange(let request): try request.derBytes()
        case .cancelSpbSession(let request): try request.derBytes()
        }
    }
}
