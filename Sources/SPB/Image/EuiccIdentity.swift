import Crypto
import SGP22
import SwiftASN1
import SSPCrypto
import X509

/// The identity an RSP or M2M Telecom Bundle runs its eUICC with: EID, key, certificate chain and the CIs
/// it trusts. The hosting iSSP builds a full eUICC (ISD-R, ECASD) from it.
///
/// ```asn1
/// EuiccIdentity ::= SEQUENCE {
///     eid [0] OCTET STRING (SIZE (16)),             -- BCD, as in GetEuiccData
///     euiccPrivateKey [1] Octet32,                  -- SK.EUICC.ECDSA, the P-256 scalar
///     euiccCertificate Certificate,                 -- CERT.EUICC.ECDSA
///     eumCertificate Certificate,                   -- CERT.EUM.ECDSA
///     trustedCiCertificates [2] SEQUENCE OF Certificate
/// }
/// ```
public struct EuiccIdentity: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var eid: EID
    /// SK.EUICC.ECDSA as its 32-byte scalar.
    public var euiccPrivateKey: [UInt8]
    public var euiccCertificate: Certificate
    public var eumCertificate: Certificate
    /// The CI certificates the eUICC trusts.
    public var trustedCiCertificates: [Certificate]

    public init(
        eid: EID,
        euiccPrivateKey: [UInt8],
        euiccCertificate: Certificate,
        eumCertificate: Certificate,
        trustedCiCertificates: [Certificate]
    ) {
        self.eid = eid
        self.euiccPrivateKey = euiccPrivateKey
        self.euiccCertificate = euiccCertificate
        self.eumCertificate = eumCertificate
        self.trustedCiCertificates = trustedCiCertificates
    }

    /// Builds an identity from a signing key.
    public init(
        eid: EID,
        signingKey: P256.Signing.PrivateKey,
        euiccCertificate: Certificate,
        eumCertificate: Certificate,
        trustedCiCertificates: [Certificate]
    ) {
        self.init(
            eid: eid, euiccPrivateKey: Array(signingKey.rawRepresentation), euiccCertificate: euiccCertificate,
            eumCertificate: eumCertificate, trustedCiCertificates: trustedCiCertificates)
    }

    /// SK.EUICC.ECDSA as a swift-crypto key.
    public var signingKey: P256.Signing.PrivateKey {
        get throws { try P256.Signing.PrivateKey(importingRaw: euiccPrivateKey) }
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let eidBytes = try DER.octets(&nodes, "eid", identifier: .context(0), size: 16...16)
            let eid: EID
            do {
                eid = try EID(bcd: eidBytes)
            } catch {
                throw ASN1Error.invalidASN1Object(reason: "EuiccIdentity: eid is not an EID (\(error))")
            }
            return EuiccIdentity(
                eid: eid,
                euiccPrivateKey: try DER.octets(&nodes, "euiccPrivateKey", identifier: .context(1), size: 32...32),
                euiccCertificate: try DER.field(&nodes, "euiccCertificate"),
                eumCertificate: try DER.field(&nodes, "eumCertificate"),
                trustedCiCertificates: try DER.list(&nodes, "trustedCiCertificates", identifier: .context(2)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(eid.bcd, identifier: .context(0))
            try coder.serializeOctets(euiccPrivateKey, identifier: .context(1))
            try coder.serialize(euiccCertificate)
            try coder.serialize(eumCertificate)
            try coder.serializeList(trustedCiCertificates, identifier: .context(2))
        }
    }
}
