import Crypto
import SwiftASN1

/// Reads NIST P-256 private keys from PEM: PKCS#8 (`PRIVATE KEY`, as `ssp pki init` writes) or
/// SEC1 (`EC PRIVATE KEY`, as the SGP.26 `SK_*.pem` files hold, preceded by an `EC PARAMETERS` block).
public enum PrivateKeyLoader {
    /// The P-256 signing key in `pem`.
    public static func p256SigningKey(pem: String) throws(PrivateKeyLoadError) -> P256.Signing.PrivateKey {
        let documents: [PEMDocument]
        do {
            documents = try PEMDocument.parseMultiple(pemString: pem)
        } catch {
            throw .malformed(reason: String(describing: error))
        }
        // An "EC PARAMETERS" block names the curve; refuse any but P-256 with a clear message.
        if let parameters = documents.first(where: { $0.discriminator == "EC PARAMETERS" }),
            let node = try? DER.parse(parameters.derBytes),
            let curveOID = try? ASN1ObjectIdentifier(derEncoded: node)
        {
            let curve = KeyCurve(namedCurve: curveOID)
            guard curve.isSupported else { throw .unsupportedCurve(name: curve.name) }
        }
        guard let block = documents.first(where: { ["PRIVATE KEY", "EC PRIVATE KEY"].contains($0.discriminator) })
        else { throw .noPrivateKey }
        do {
            return try P256.Signing.PrivateKey(pemRepresentation: block.pemString)
        } catch {
            throw .malformed(reason: String(describing: error))
        }
    }

    /// The P-256 key-agreement key in `pem` (the same scalar, typed for ECDH).
    public static func p256KeyAgreementKey(pem: String) throws(PrivateKeyLoadError) -> P256.KeyAgreement.PrivateKey {
        let signing = try p256SigningKey(pem: pem)
        do {
            return try P256.KeyAgreement.PrivateKey(rawRepresentation: signing.rawRepresentation)
        } catch {
            throw .malformed(reason: String(describing: error))
        }
    }
}
