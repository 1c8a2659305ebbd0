import SwiftASN1

/// ES10a.SetDefaultDpAddress: the result. Code 8 comes from SGP.22 v3.1.
///
/// ```asn1
/// SetDefaultDpAddressResponse ::= [63] SEQUENCE { -- Tag 'BF3F'
///     setDefaultDpAddressResult INTEGER {
///         ok (0),
///         unsupportedCiPKId (8), -- #SupportedFromV3.0.0#
///         undefinedError (127)
///     }
/// }
/// ```
/// Automatic tagging makes `setDefaultDpAddressResult` `80`.
public struct SetDefaultDpAddressResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF3F`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF3F) }

    /// The `setDefaultDpAddressResult` codes.
    public enum SetDefaultDpAddressResult: NamedInteger {
        case ok
        case unsupportedCiPKId
        case undefinedError
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .ok
            case 8: self = .unsupportedCiPKId
            case 127: self = .undefinedError
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .ok: 0
            case .unsupportedCiPKId: 8
            case .undefinedError: 127
            case .other(let code): code
            }
        }
    }

    public var setDefaultDpAddressResult: SetDefaultDpAddressResult

    public init(setDefaultDpAddressResult: SetDefaultDpAddressResult) {
        self.setDefaultDpAddressResult = setDefaultDpAddressResult
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SetDefaultDpAddressResponse(
                setDefaultDpAddressResult: try DER.field(
                    &nodes, "setDefaultDpAddressResult", identifier: .context(0)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try setDefaultDpAddressResult.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}
