import Crypto
import Foundation

/// Where `ssp pki init` puts each identity of a ``TestHierarchy``, relative to the hierarchy's folder.
///
/// ```
/// DIR/ci/           eSIM CI (root)            DIR/spb-ci/       SPB family CI (root)
/// DIR/eum/          EUM                       DIR/spbm/tls/     SPB Manager TLS
/// DIR/euicc/        eUICC                     DIR/spbm/sign/    SPB Manager signing
/// DIR/smdp/auth/    SM-DP+ authentication     DIR/spbm/ka/      SPB Manager key agreement
/// DIR/smdp/pb/      SM-DP+ profile binding    DIR/issp-maker/   iSSP maker
/// DIR/smdp/tls/     SM-DP+ TLS                DIR/spbl/         SPBL
/// ```
///
/// Each folder holds `cert.pem`, `cert.der`, `key.pem` (PKCS#8) and `key.der` (PKCS#8); the key
/// files are readable by the owner only.
public enum HierarchyLayout {
    /// The certificate as PEM.
    public static let certificatePEM = "cert.pem"
    /// The certificate as DER.
    public static let certificateDER = "cert.der"
    /// The private key as PKCS#8 PEM.
    public static let privateKeyPEM = "key.pem"
    /// The private key as PKCS#8 DER.
    public static let privateKeyDER = "key.der"

    /// The folder of each role, relative to the hierarchy's folder, roots first.
    public static let folders: [(role: CertificateRole, folder: String)] = [
        (.ci, "ci"), (.eum, "eum"), (.euicc, "euicc"),
        (.dpAuth, "smdp/auth"), (.dpPb, "smdp/pb"), (.dpTLS, "smdp/tls"),
        (.spbFamilyCI, "spb-ci"), (.spbmTLS, "spbm/tls"), (.spbmSigning, "spbm/sign"),
        (.spbmKeyAgreement, "spbm/ka"), (.isspMaker, "issp-maker"), (.spbl, "spbl"),
    ]

    /// The folder of `role`, or `nil` for a role the test hierarchy does not issue (SM-DS).
    public static func folder(for role: CertificateRole) -> String? {
        folders.first { $0.role == role }?.folder
    }

    /// Whether `directory` looks like the top of a hierarchy (it has `ci/cert.pem` or `spb-ci/cert.pem`).
    public static func isHierarchy(_ directory: URL) -> Bool {
        ["ci", "spb-ci"].contains {
            let url = directory.appendingPathComponent($0).appendingPathComponent(certificatePEM)
            return FileManager.default.fileExists(atPath: url.path)
        }
    }

    /// Every certificate present in the hierarchy at `directory`, roots first.
    public static func certificates(in directory: URL) throws -> [PKICertificate] {
        try folders.compactMap { entry in
            let url = directory.appendingPathComponent(entry.folder).appendingPathComponent(certificatePEM)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return try PKICertificate(pemEncoded: String(contentsOf: url, encoding: .utf8))
        }
    }

    /// The certificate and signing key of `role` in the hierarchy at `directory`.
    public static func loadIdentity(
        _ role: CertificateRole, from directory: URL
    ) throws -> (certificate: PKICertificate, privateKey: P256.Signing.PrivateKey) {
        guard let folder = folder(for: role) else { throw HierarchyLayoutError.roleNotInLayout(role) }
        let base = directory.appendingPathComponent(folder)
        let certificate = try PKICertificate(pemEncoded: try read(base.appendingPathComponent(certificatePEM)))
        let key = try PrivateKeyLoader.p256SigningKey(pem: try read(base.appendingPathComponent(privateKeyPEM)))
        return (certificate, key)
    }

    private static func read(_ url: URL) throws -> String {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw HierarchyLayoutError.missingFile(path: url.path)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
