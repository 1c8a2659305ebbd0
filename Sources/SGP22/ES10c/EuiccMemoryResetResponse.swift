import SwiftASN1

/// ES10c.eUICCMemoryReset: the result.
///
/// ```asn1
/// EuiccMemoryResetResponse ::= [52] SEQUENCE { -- Tag 'BF34'
///     resetResult INTEGER {
///         ok (0),
///         nothingToDelete (1),
///         catBusy (5),
///         undefinedError (127)
///     }
/// }
/// ```
/// Automatic tagging makes `resetResult` `80`.
public struct EuiccMemoryResetResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF34`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF34) }

    /// The `resetResult` codes.
    public enum ResetResult: NamedInteger {
        case ok
        case nothingToDelete
        case catBusy
        case undefinedError
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .ok
            case 1: self = .nothingToDelete
            case 5: self = .catBusy
            case 127: self = .undefinedError
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .ok: 0
            case .nothingToDelete: 1
            case .catBusy: 5
            case .undefinedError: 127
            case .other(let code): code
            }
        }
    }

    public var resetResult: ResetResult

    public init(resetResult: ResetResult) {
        self.resetResult = resetResult
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            EuiccMemoryResetResponse(resetResult: try DER.field(&nodes, "resetResult", identifier: .context(0)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try resetResult.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}
