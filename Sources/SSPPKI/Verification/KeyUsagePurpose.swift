import X509

/// A keyUsage bit the verifier requires of a certificate.
public enum KeyUsagePurpose: String, Hashable, Sendable, CustomStringConvertible {
    /// Signing data (every signing end entity, TLS servers).
    case digitalSignature
    /// Key agreement (the SPB Manager's static ECKA key).
    case keyAgreement
    /// Signing certificates (every CA).
    case keyCertSign

    /// The purpose the leaf of `role` must allow.
    public static func required(for role: CertificateRole) -> KeyUsagePurpose {
        if role.isCertificateAuthority { return .keyCertSign }
        return role == .spbmKeyAgreement ? .keyAgreement : .digitalSignature
    }

    /// Whether `keyUsage` allows this purpose.
    func isAllowed(by keyUsage: KeyUsage) -> Bool {
        switch self {
        case .digitalSignature: return keyUsage.digitalSignature
        case .keyAgreement: return keyUsage.keyAgreement
        case .keyCertSign: return keyUsage.keyCertSign
        }
    }

    public var description: String { rawValue }
}
