import SwiftASN1

/// The context an authentication runs in, passed by the LPA and echoed by the eUICC in euiccSigned1.
///
/// An untagged CHOICE whose one alternative automatic tagging marks `A0`. SGP.22 v3.1 adds
/// device change `[1]`, profile recovery `[2]` and push service registration `[3]`; those
/// are rejected with an error naming the tag.
///
/// ```asn1
/// CtxParams1 ::= CHOICE {
///     ctxParamsForCommonAuthentication CtxParamsForCommonAuthentication -- New contextual data objects
///                                                                       -- MAY be defined for extensibility
/// }
/// ```
public enum CtxParams1: DERParseable, DERSerializable, Hashable, Sendable {
    case ctxParamsForCommonAuthentication(CtxParamsForCommonAuthentication)

    public init(derEncoded node: ASN1Node) throws {
        switch node.identifier {
        case .context(0):
            self = .ctxParamsForCommonAuthentication(
                try CtxParamsForCommonAuthentication(derEncoded: node, withIdentifier: .context(0)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "CtxParams1: expected ctxParamsForCommonAuthentication A0, found \(node.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer) throws {
        switch self {
        case .ctxParamsForCommonAuthentication(let parameters):
            try parameters.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}

extension DER {
    /// A mandatory untagged CHOICE component of type `T`, with an error naming `field` when it is missing.
    static func untaggedChoice<T: DERParseable>(
        _ nodes: inout ASN1NodeCollection.Iterator, _ field: String
    ) throws -> T {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "missing mandatory component \(field)")
        }
        return try T(derEncoded: node)
    }
}
