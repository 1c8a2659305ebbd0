import Foundation
import SSPPKI
import SwiftASN1
import X509

/// The SM-DP+'s identities and the CIs it trusts, checked once when the server starts.
public struct SMDPCredentials: Sendable {
    /// CERT.DPauth.ECDSA and its key: signs serverSigned1.
    public let dpAuth: SigningIdentity
    /// CERT.DPpb.ECDSA and its key: signs smdpSigned2 and InitialiseSecureChannel.
    public let dpPb: SigningIdentity
    /// The CI certificates eUICC chains must end in.
    public let trustedCIs: [PKICertificate]
    /// The subject key identifier of the CI that issued DPauth and DPpb.
    public let ciKeyIdentifier: [UInt8]
    /// The SM-DP+ OID: the registeredID in CERT.DPauth.ECDSA's subjectAltName.
    public let smdpOid: ASN1ObjectIdentifier

    /// Checks that DPauth and DPpb have their roles, chain to one of `trustedCIs` at `time`, come from the same CI
    /// and name the same SM-DP+ OID.
    public init(
        dpAuth: SigningIdentity, dpPb: SigningIdentity, trustedCIs: [PKICertificate], at time: Date = Date()
    ) throws {
        guard !trustedCIs.isEmpty else {
            throw SMDPConfigurationError.inconsistentCredentials("no trusted CI certificate is configured")
        }
        let verifier = ChainVerifier()
        func verify(_ identity: SigningIdentity, _ role: CertificateRole) throws -> VerifiedChain {
            do {
                return try verifier.verify(leaf: identity.certificate, roots: trustedCIs, at: time, expecting: role)
            } catch {
                throw SMDPConfigurationError.inconsistentCredentials("\(role.displayName) certificate: \(error)")
            }
        }
        let authChain = try verify(dpAuth, .dpAuth)
        let pbChain = try verify(dpPb, .dpPb)
        guard authChain.root == pbChain.root, let ciKeyIdentifier = authChain.root.subjectKeyIdentifier else {
            throw SMDPConfigurationError.inconsistentCredentials(
                "DPauth and DPpb certificates must be issued by the same CI")
        }
        guard let oid = dpAuth.certificate.registeredIDs.first else {
            throw SMDPConfigurationError.inconsistentCredentials(
                "the DPauth certificate names no SM-DP+ OID (registeredID in subjectAltName)")
        }
        if let pbOid = dpPb.certificate.registeredIDs.first, pbOid != oid {
            throw SMDPConfigurationError.inconsistentCredentials(
                "DPauth names SM-DP+ OID \(oid.dotted) but DPpb names \(pbOid.dotted)")
        }
        self.dpAuth = dpAuth
        self.dpPb = dpPb
        self.trustedCIs = trustedCIs
        self.ciKeyIdentifier = ciKeyIdentifier
        self.smdpOid = oid
    }

    /// The trusted CI with this subject key identifier.
    public func trustedCI(keyIdentifier: [UInt8]) -> PKICertificate? {
        trustedCIs.first { $0.subjectKeyIdentifier == keyIdentifier }
    }
}
