import SGP22
import SwiftASN1

/// The Si3 functions and their tags (`BFA0xx`); request and answer share the tag, except LoadBoundSpbInfo,
/// which is answered by ``SpbInstallationResult`` (`BFA203`).
public enum Si3Function: String, CaseIterable, Hashable, Sendable {
    case getSpblInfo
    case getSpblChallenge
    case authenticateSpbm
    case loadBoundSpbInfo
    case listSpbs
    case spbStateChange
    case cancelSpbSession

    /// The tag of the function's request, `BFA000` to `BFA006`.
    public var tag: ASN1Identifier {
        .berTag(0xBFA000 + UInt32(Self.allCases.firstIndex(of: self) ?? 0))
    }

    /// The tag of the function's answer.
    public var responseTag: ASN1Identifier {
        self == .loadBoundSpbInfo ? SpbInstallationResult.defaultIdentifier : tag
    }

    /// The function whose request carries `tag`.
    public init?(tag: ASN1Identifier) {
        guard let function = Self.allCases.first(where: { $0.tag == tag }) else { return nil }
        self = function
    }
}
