import SGP22
import SwiftASN1

/// The plaintext of a bound SPB image: the bundle's content, one alternative per Telecom Bundle Class.
///
/// An untagged CHOICE (`A0`, `A1`, `A2`); its DER is what the `86` segments of ``BoundSpbImage`` carry.
///
/// ```asn1
/// SpbImageContent ::= CHOICE {
///     standaloneBundleImage [0] StandaloneBundleImage,
///     rspBundleImage [1] RspBundleImage,
///     m2mBundleImage [2] M2MBundleImage
/// }
/// ```
public enum SpbImageContent: DERParseable, DERSerializable, Hashable, Sendable {
    case standaloneBundleImage(StandaloneBundleImage)
    case rspBundleImage(RspBundleImage)
    case m2mBundleImage(M2MBundleImage)

    /// The Telecom Bundle Class this content implements.
    public var telecomBundleClass: TelecomBundleClass {
        switch self {
        case .standaloneBundleImage: .standalone
        case .rspBundleImage: .rsp
        case .m2mBundleImage: .m2m
        }
    }

    public init(derEncoded node: ASN1Node) throws {
        switch node.identifier {
        case .context(0):
            self = .standaloneBundleImage(try StandaloneBundleImage(derEncoded: node, withIdentifier: .context(0)))
        case .context(1):
            self = .rspBundleImage(try RspBundleImage(derEncoded: node, withIdentifier: .context(1)))
        case .context(2):
            self = .m2mBundleImage(try M2MBundleImage(derEncoded: node, withIdentifier: .context(2)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "SpbImageContent: expected standaloneBundleImage A0, rspBundleImage A1 or "
                    + "m2mBundleImage A2, found \(node.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer) throws {
        switch self {
        case .standaloneBundleImage(let image):
            try image.serialize(into: &coder, withIdentifier: .context(0))
        case .rspBundleImage(let image):
            try image.serialize(into: &coder, withIdentifier: .context(1))
        case .m2mBundleImage(let image):
            try image.serialize(into: &coder, withIdentifier: .context(2))
        }
    }
}
