import SwiftASN1

/// ES10c.DisableProfile: the result. Codes 6 to 9 come from SGP.22 v3.1.
///
/// ```asn1
/// DisableProfileResponse ::= [50] SEQUENCE { -- Tag 'BF32'
///     disableResult INTEGER {
///         ok (0),
///         iccidOrAidNotFound (1),
///         profileNotInEnabledState (2),
///         disallowedByPolicy (3),
///         catBusy (5),
///         disallowedByEnterpriseRule (6), -- #SupportedForEnterpriseV3.1.0#
///         commandError (7), -- #SupportedFromV3.0.0#
///         disallowedForRpm (9), -- #SupportedForRpmV3.0.0#
///         undefinedError (127)
///     }
/// }
/// ```
/// Automatic tagging makes `disableResult` `80`.
public struct DisableProfileResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF32`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF32) }

    /// The `disableResult` codes.
    public enum DisableResult: NamedInteger {
        case ok
        case iccidOrAidNotFound
        case profileNotInEnabledState
        case disallowedByPolicy
        case catBusy
        case disallowedByEnterpriseRule
        case commandError
        case disallowedForRpm
        case undefinedError
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .ok
            case 1: self = .iccidOrAidNotFound
            case 2: self = .profileNotInEnabledState
            case 3: self = .disallowedByPolicy
            case 5: self = .catBusy
            case 6: self = .disallowedByEnterpriseRule
            case 7: self = .commandError
            case 9: self = .disallowedForRpm
            case 127: self = .undefinedError
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .ok: 0
            case .iccidOrAidNotFound: 1
            case .profileNotInEnabledState: 2
            case .disallowedByPolicy: 3
            case .catBusy: 5
            case .disallowedByEnterpriseRule: 6
            case .commandError: 7
            case .disallowedForRpm: 9
            case .undefinedError: 127
            case .other(let code): code
            }
        }
    }

    public var disableResult: DisableResult

    public init(disableResult: DisableResult) {
        self.disableResult = disableResult
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            DisableProfileResponse(disableResult: try DER.field(&nodes, "disableResult", identifier: .context(0)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try disableResult.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}
