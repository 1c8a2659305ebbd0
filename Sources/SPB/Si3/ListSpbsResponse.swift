import SGP22
import SwiftASN1

/// The answer to Si3.ListSpbs.
///
/// ```asn1
/// ListSpbsResponse ::= [4100] CHOICE { -- Tag 'BFA004'
///     spbMetadataList [0] SEQUENCE OF SpbMetadata,
///     listSpbsError [1] SpblErrorReason
/// }
/// ```
public enum ListSpbsResponse: DERImplicitlyTaggable, Hashable, Sendable {
    case spbMetadataList([SpbMetadata])
    case listSpbsError(SpblErrorReason)

    /// `BFA004`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA004) }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "ListSpbsResponse", identifier: identifier)
        switch choice.identifier {
        case .context(0):
            self = .spbMetadataList(try DER.sequenceOf(choice, "spbMetadataList", identifier: .context(0)))
        case .context(1):
            self = .listSpbsError(try SpblErrorReason(derEncoded: choice, withIdentifier: .context(1)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "ListSpbsResponse: expected spbMetadataList A0 or listSpbsError 81, found \(choice.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            switch self {
            case .spbMetadataList(let list):
                try coder.serializeList(list, identifier: .context(0))
            case .listSpbsError(let reason):
                try reason.serialize(into: &coder, withIdentifier: .context(1))
            }
        }
    }
}
