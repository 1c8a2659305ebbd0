import SGP22
import SwiftASN1

/// Si2.GetSpbmCertificate: the LBA names a family and the CI keys the SPBL trusts for it, and asks for the
/// SPB Manager's certificates under one of them. Stateless: it opens no session.
///
/// ```asn1
/// GetSpbmCertificateRequest ::= [4224] SEQUENCE { -- Tag 'BFA100'
///     spbFamilyId [0] SpbFamilyId,
///     ciPKIdsSupported [1] SEQUENCE OF SubjectKeyIdentifier -- what SpbFamilySupport.ciPKIds lists for the family
/// }
/// ```
public struct GetSpbmCertificateRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA100`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA100) }

    public var spbFamilyId: SpbFamilyId
    /// The family CI keys the SPBL trusts, most preferred first.
    public var ciPKIdsSupported: [[UInt8]]

    public init(spbFamilyId: SpbFamilyId, ciPKIdsSupported: [[UInt8]]) {
        self.spbFamilyId = spbFamilyId
        self.ciPKIdsSupported = ciPKIdsSupported
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            GetSpbmCertificateRequest(
                spbFamilyId: try DER.field(&nodes, "spbFamilyId", identifier: .context(0)),
                ciPKIdsSupported: try DER.octetsList(&nodes, "ciPKIdsSupported", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try spbFamilyId.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeOctetsList(ciPKIdsSupported, identifier: .context(1))
        }
    }
}
