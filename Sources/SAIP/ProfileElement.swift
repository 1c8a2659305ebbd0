import SGP22
import SwiftASN1

/// One profile element of a package, kept as the exact bytes it was read from.
///
/// The package reader types only what it needs (``ProfileHeader``, ``AKAParameter``, a few files); every other
/// element stays opaque, so that a package can be stored, bound and sent on byte for byte as the operator made it.
public struct ProfileElement: Hashable, Sendable {
    /// Which ProfileElement alternative this is, from its context tag.
    public let type: ProfileElementType
    /// The whole TLV, tag and length included.
    public let encoded: [UInt8]

    /// Takes one complete, well-formed element TLV.
    public init(encoded: [UInt8]) throws(ProfilePackageError) {
        guard !encoded.isEmpty else { throw .empty }
        let header = try BERTLVScanner.validateTLV(encoded, at: 0, limit: encoded.count)
        guard header.tagClass == 2, header.isConstructed else {
            throw .notAProfileElement(offset: 0, tag: BERTLVScanner.tagText(encoded, at: 0, header: header))
        }
        guard header.totalLength == encoded.count else { throw .trailingBytes(offset: header.totalLength) }
        self.init(type: ProfileElementType(tagNumber: header.tagNumber), encoded: encoded)
    }

    init(type: ProfileElementType, encoded: [UInt8]) {
        self.type = type
        self.encoded = encoded
    }

    /// The element's ASN.1 tag: `[n]`, constructed.
    public var identifier: ASN1Identifier { .context(type.tagNumber) }

    /// The element parsed as DER (the typed views require DER; the raw bytes are kept either way).
    public func derNode() throws -> ASN1Node {
        try DER.parse(encoded)
    }

    /// The PEHeader that opens every element except the ProfileHeader and the SSIM EAP-TLS parameters.
    public func peHeader() throws -> PEHeader? {
        switch type {
        case .header, .ssimEapTLSParameters, .unknown: return nil
        default: break
        }
        guard let node = try component(0) else {
            throw ASN1Error.invalidASN1Object(reason: "\(type) has no PEHeader [0]")
        }
        return try PEHeader(derEncoded: node, withIdentifier: .context(0))
    }

    /// The component tagged `[number]` of this element's SEQUENCE, if present.
    ///
    /// Under AUTOMATIC TAGS each component has its own context tag, its position in the SEQUENCE, whether or
    /// not the optional ones before it are present; so `ef-imsi` is always `[3]` in PE-USIM.
    public func component(_ number: UInt) throws -> ASN1Node? {
        let node = try derNode()
        guard case .constructed(let children) = node.content else {
            throw ASN1Error.invalidASN1Object(reason: "\(type) is not constructed")
        }
        return children.first { $0.identifier == .context(number) }
    }
}
