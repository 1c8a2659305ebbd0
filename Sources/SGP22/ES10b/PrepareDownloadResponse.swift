import SwiftASN1

/// The eUICC's answer to ES10b.PrepareDownload, relayed by the LPA to ES9+.GetBoundProfilePackage.
///
/// A tagged CHOICE: the `BF21` tag is explicit, and automatic tagging marks the alternatives
/// `A0` and `A1`.
///
/// ```asn1
/// PrepareDownloadResponse ::= [33] CHOICE { -- Tag 'BF21'
///     downloadResponseOk PrepareDownloadResponseOk,
///     downloadResponseError PrepareDownloadResponseError
/// }
/// ```
public enum PrepareDownloadResponse: DERImplicitlyTaggable, Hashable, Sendable {
    case downloadResponseOk(PrepareDownloadResponseOk)
    case downloadResponseError(PrepareDownloadResponseError)

    /// `BF21`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF21) }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "PrepareDownloadResponse", identifier: identifier)
        switch choice.identifier {
        case .context(0):
            self = .downloadResponseOk(try PrepareDownloadResponseOk(derEncoded: choice, withIdentifier: .context(0)))
        case .context(1):
            self = .downloadResponseError(
                try PrepareDownloadResponseError(derEncoded: choice, withIdentifier: .context(1)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "PrepareDownloadResponse: expected downloadResponseOk A0 or downloadResponseError A1, "
                    + "found \(choice.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            switch self {
            case .downloadResponseOk(let response):
                try response.serialize(into: &coder, withIdentifier: .context(0))
            case .downloadResponseError(let response):
                try response.serialize(into: &coder, withIdentifier: .context(1))
            }
        }
    }
}
