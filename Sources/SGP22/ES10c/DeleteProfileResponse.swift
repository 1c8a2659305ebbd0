import SwiftASN1

/// ES10c.DeleteProfile: the result. Codes 4 and 7 come from SGP.22 v3.1.
///
/// ```asn1
/// DeleteProfileResponse ::= [51] SEQUENCE { -- Tag 'BF33'
///     deleteResult INTEGER {
///         ok (0),
///         iccidOrAidNotFound (1),
///         profileNotInDisabledState (2),
///         disallowedByPolicy (3),
///         disallowedInTestMode (4), -- #SupportedFromV3.0.0#
///         commandError (7), -- #SupportedFromV3.0.0#
///         undefinedError (127)
///     }
/// }
/// ```
/// Automatic tagging makes `deleteResult` `80`.
public struct DeleteProfileResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF33`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF33) }

    /// The `deleteResult` codes.
    public enum DeleteResult: NamedInteger {
        case ok
        case iccidOrAidNotFound
        case profileNotInDisabledState
        case disallowedByPolicy
        case disallowedInTestMode
        case commandError
        case undefinedError
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .ok
            case 1: self = .iccidOrAidNotFound
            case 2: self = .profileNotInDisabledState
            case 3: self = .disallowedByPolicy
            case 4: self = .disallowedInTestMode
            case 7: self = .commandError
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
            case .disallowedInTestMode: 4
            case .commandError: 7
            case .undefinedError: 127
            case .other(let code): code
            }
        }
    }

    public var deleteResult: DeleteResult

    public init(deleteResult: DeleteResult) {
        self.deleteResult = deleteResult
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            DeleteProfileResponse(deleteResult: try DER.field(&nodes, "deleteResult", identifier: .context(0)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try deleteResult.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}
