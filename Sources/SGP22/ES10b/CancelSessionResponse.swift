import SwiftASN1

/// ES10b.CancelSession: the signed confirmation, or an error.
///
/// A tagged CHOICE, so `BF41` wraps the chosen alternative; automatic tagging makes
/// the alternatives `A0` and `81`.
///
/// ```asn1
/// CancelSessionResponse ::= [65] CHOICE { -- Tag 'BF41'
///     cancelSessionResponseOk CancelSessionResponseOk,
///     cancelSessionResponseError INTEGER {
///         invalidTransactionId (5),
///         undefinedError (127)
///     }
/// }
/// ```
public enum CancelSessionResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF41`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF41) }

    /// The `cancelSessionResponseError` codes.
    public enum CancelSessionResponseError: NamedInteger {
        case invalidTransactionId
        case undefinedError
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            switch code {
            case 5: self = .invalidTransactionId
            case 127: self = .undefinedError
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .invalidTransactionId: 5
            case .undefinedError: 127
            case .other(let code): code
            }
        }
    }

    case cancelSessionResponseOk(CancelSessionResponseOk)
    case cancelSessionResponseError(CancelSessionResponseError)

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "CancelSessionResponse", identifier: identifier)
        switch choice.identifier {
        case .context(0):
            self = .cancelSessionResponseOk(
                try CancelSessionResponseOk(derEncoded: choice, withIdentifier: .context(0)))
        case .context(1):
            self = .cancelSessionResponseError(
                try CancelSessionResponseError(derEncoded: choice, withIdentifier: .context(1)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "CancelSessionResponse: unknown alternative \(choice.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            switch self {
            case .cancelSessionResponseOk(let ok):
                try ok.serialize(into: &coder, withIdentifier: .context(0))
            case .cancelSessionResponseError(let error):
                try error.serialize(into: &coder, withIdentifier: .context(1))
            }
        }
    }
}
