import SwiftASN1

/// ES10c.SetNickname: the result.
///
/// ```asn1
/// SetNicknameResponse ::= [41] SEQUENCE { -- Tag 'BF29'
///     setNicknameResult INTEGER {
///         ok (0),
///         iccidNotFound (1),
///         undefinedError (127)
///     }
/// }
/// ```
/// Automatic tagging makes `setNicknameResult` `80`.
public struct SetNicknameResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF29`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF29) }

    /// The `setNicknameResult` codes.
    public enum SetNicknameResult: NamedInteger {
        case ok
        case iccidNotFound
        case undefinedError
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .ok
            case 1: self = .iccidNotFound
            case 127: self = .undefinedError
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .ok: 0
            case .iccidNotFound: 1
            case .undefinedError: 127
            case .other(let code): code
            }
        }
    }

    public var setNicknameResult: SetNicknameResult

    public init(setNicknameResult: SetNicknameResult) {
        self.setNicknameResult = setNicknameResult
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SetNicknameResponse(setNicknameResult: try DER.field(&nodes, "setNicknameResult", identifier: .context(0)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try setNicknameResult.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}
