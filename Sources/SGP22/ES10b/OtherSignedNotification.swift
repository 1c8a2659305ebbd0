import SwiftASN1
import X509

/// A signed notification for any Profile operation other than installation (enable, disable, delete).
///
/// SGP.22 v3.1 calls the second certificate `nextCertInChain` (the EUM certificate, or an EUM
/// sub-CA's) and may append `otherCertsInChain [1]`; that and anything newer is skipped.
///
/// ```asn1
/// OtherSignedNotification ::= SEQUENCE {
///     tbsOtherNotification NotificationMetadata,
///     euiccNotificationSignature [APPLICATION 55] OCTET STRING, -- eUICC signature of tbsOtherNotification, Tag '5F37'
///     euiccCertificate Certificate, -- eUICC Certificate (CERT.EUICC.ECDSA) signed by the EUM
///     eumCertificate Certificate -- EUM Certificate (CERT.EUM.ECDSA) signed by the requested CI
/// }
/// ```
public struct OtherSignedNotification: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The signed part (`BF2F`).
    public var tbsOtherNotification: NotificationMetadata { didSet { receivedTbs = nil } }
    /// The eUICC's signature over `tbsOtherNotification`, raw r‖s.
    public var euiccNotificationSignature: [UInt8]
    public var euiccCertificate: Certificate
    /// The certificate that signed `euiccCertificate` (the EUM's).
    public var eumCertificate: Certificate

    private var receivedTbs: ReceivedEncoding?

    public init(
        tbsOtherNotification: NotificationMetadata,
        euiccNotificationSignature: [UInt8],
        euiccCertificate: Certificate,
        eumCertificate: Certificate
    ) {
        self.tbsOtherNotification = tbsOtherNotification
        self.euiccNotificationSignature = euiccNotificationSignature
        self.euiccCertificate = euiccCertificate
        self.eumCertificate = eumCertificate
    }

    /// The bytes euiccNotificationSignature covers: the DER of tbsOtherNotification as the eUICC sent it.
    public func signedBytes() throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializeTbs(into: &serializer)
        return serializer.serializedBytes
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        var tbsNode: ASN1Node?
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            tbsNode = nodes.next()
            guard let tbsNode else {
                throw ASN1Error.invalidASN1Object(reason: "missing mandatory component tbsOtherNotification BF2F")
            }
            return OtherSignedNotification(
                tbsOtherNotification: try NotificationMetadata(derEncoded: tbsNode),
                euiccNotificationSignature: try DER.octets(&nodes, identifier: .application(55)),
                euiccCertificate: try DER.field(&nodes, "euiccCertificate"),
                eumCertificate: try DER.field(&nodes, "eumCertificate"))
        }
        receivedTbs = tbsNode.map(ReceivedEncoding.init)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try serializeTbs(into: &coder)
            try coder.serializeOctets(euiccNotificationSignature, identifier: .application(55))
            try coder.serialize(euiccCertificate)
            try coder.serialize(eumCertificate)
        }
    }

    private func serializeTbs(into coder: inout DER.Serializer) throws {
        try coder.serialize(preserving: receivedTbs, identifier: NotificationMetadata.defaultIdentifier) { coder in
            try coder.serialize(tbsOtherNotification)
        }
    }

    /// Two values are equal when they put the same bytes on the wire.
    public static func == (lhs: OtherSignedNotification, rhs: OtherSignedNotification) -> Bool {
        lhs.encodedForComparison == rhs.encodedForComparison
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(encodedForComparison)
    }
}
