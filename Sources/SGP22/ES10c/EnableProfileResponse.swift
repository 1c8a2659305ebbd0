import SwiftASN1

/// ES10c.EnableProfile: the result, and with MEP (v3.1) the eSIM Port used.
///
/// ```asn1
/// EnableProfileResponse ::= [49] SEQUENCE { -- Tag 'BF31'
///     enableResult   INTEGER {
///         ok (0),
///         iccidOrAidNotFound (1),
///         profileNotInDisabledState (2),
///         disallowedByPolicy (3),
///         wrongProfileReenabling (4),
///         catBusy (5),
///         disallowedByEnterpriseRule (6), -- #SupportedForEnterpriseV3.0.0#
///         commandError (7), -- #SupportedFromV3.0.0#
///         disallowedForRpm (9), -- #SupportedForRpmV3.0.0#
///         noEsimPortAvailable (10), -- #SupportedForMEPV3.0.0# and #SupportedForRpmV3.0.0#
///         undefinedError (127)
///     },
///     targetEsimPort INTEGER OPTIONAL -- #SupportedForMEPV3.0.0#
/// }
/// ```
/// Automatic tagging makes the components `80` and `81`.
public struct EnableProfileResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF31`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF31) }

    /// The `enableResult` codes.
    public enum EnableResult: NamedInteger {
        case ok
        case iccidOrAidNotFound
        case profileNotInDisabledState
        case disallowedByPolicy
        case wrongProfileReenabling
        case catBusy
        case disallowedByEnterpriseRule
        case commandError
        case disallowedForRpm
        case noEsimPortAvailable
        case undefinedError
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .ok
            case 1: self = .iccidOrAidNotFound
            case 2: self = .profileNotInDisabledState
            case 3: self = .disallowedByPolicy
            case 4: self = .wrongProfileReenabling
            case 5: self = .catBusy
            case 6: self = .disallowedByEnterpriseRule
            case 7: self = .commandError
            case 9: self = .disallowedForRpm
            case 10: self = .noEsimPortAvailable
            case 127: self = .undefinedError
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .ok: 0
            case .iccidOrAidNotFound: 1
            case .profileNotInDisabledState: 2
            case .disallowedByPolicy: 3
            case .wrongProfileReenabling: 4
            case .catBusy: 5
            case .disallowedByEnterpriseRule: 6
            case .commandError: 7
            case .disallowedForRpm: 9
            case .noEsimPortAvailable: 10
            case .undefinedError: 127
            case .other(let code): code
            }
        }
    }

    public var enableResult: EnableResult
    /// v3.1 (MEP): the eSIM Port the Profile was enabled on.
    public var targetEsimPort: Int?

    public init(enableResult: EnableResult, targetEsimPort: Int? = nil) {
        self.enableResult = enableResult
        self.targetEsimPort = targetEsimPort
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            EnableProfileResponse(
                enableResult: try DER.field(&nodes, "enableResult", identifier: .context(0)),
                targetEsimPort: try DER.optionalImplicitlyTagged(&nodes, tag: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try enableResult.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeOptionalImplicitlyTagged(targetEsimPort, withIdentifier: .context(1))
        }
    }
}
