import Foundation
import X509

/// The extension profile of a role's certificate, following SGP.22 v2.2 §4.5.2.1 and the SGP.26
/// test certificates (whose extensions the iSSP roles mirror).
///
/// | role | basicConstraints | keyUsage | extKeyUsage | policies critical |
/// |---|---|---|---|---|
/// | CI, SPB family CI | CA (critical) | keyCertSign, cRLSign | – | yes |
/// | EUM, iSSP maker | CA, pathLen 0 (critical) | keyCertSign | – | yes |
/// | eUICC, SPBL, DP/DS auth, DP pb, SPBM signing | – | digitalSignature | – | yes |
/// | SPBM key agreement | – | keyAgreement | – | yes |
/// | DP/DS TLS, SPBM TLS | – | digitalSignature | serverAuth, clientAuth (critical) | no |
public struct CertificateProfile: Sendable {
    /// How long a certificate of the role stays valid.
    public enum Lifetime: Sendable, Equatable {
        /// A number of years from the start of validity.
        case years(Int)
        /// RFC 5280 §4.1.2.5's "no well-defined expiration date", `99991231235959Z`, as SGP.22
        /// eUICC certificates carry (a card outlives any reasonable date).
        case noWellDefinedExpiration
    }

    /// The role.
    public var role: CertificateRole
    /// The basicConstraints extension, or `nil` to leave it out (SGP.26 end-entity certificates have none).
    public var basicConstraints: BasicConstraints?
    /// The keyUsage bits (always critical).
    public var keyUsage: KeyUsage
    /// The extended key usages (critical when present).
    public var extendedKeyUsage: [ExtendedKeyUsage.Usage]
    /// Whether the certificatePolicies extension is critical; SGP.26 TLS certificates mark it non-critical.
    public var policiesCritical: Bool
    /// How long the certificate is valid.
    public var lifetime: Lifetime

    /// The project's profile for `role`.
    public static func standard(for role: CertificateRole) -> CertificateProfile {
        switch role {
        case .ci, .spbFamilyCI:
            return CertificateProfile(
                role: role, basicConstraints: .isCertificateAuthority(maxPathLength: nil),
                keyUsage: KeyUsage(keyCertSign: true, cRLSign: true), extendedKeyUsage: [],
                policiesCritical: true, lifetime: .years(35)
            )
        case .eum, .isspMaker:
            return CertificateProfile(
                role: role, basicConstraints: .isCertificateAuthority(maxPathLength: 0),
                keyUsage: KeyUsage(keyCertSign: true), extendedKeyUsage: [],
                policiesCritical: true, lifetime: .years(30)
            )
        case .euicc, .spbl:
            return CertificateProfile(
                role: role, basicConstraints: nil, keyUsage: KeyUsage(digitalSignature: true),
                extendedKeyUsage: [], policiesCritical: true, lifetime: .noWellDefinedExpiration
            )
        case .dpAuth, .dpPb, .dsAuth, .spbmSigning:
            return CertificateProfile(
                role: role, basicConstraints: nil, keyUsage: KeyUsage(digitalSignature: true),
                extendedKeyUsage: [], policiesCritical: true, lifetime: .years(10)
            )
        case .spbmKeyAgreement:
            return CertificateProfile(
                role: role, basicConstraints: nil, keyUsage: KeyUsage(keyAgreement: true),
                extendedKeyUsage: [], policiesCritical: true, lifetime: .years(10)
            )
        case .dpTLS, .dsTLS, .spbmTLS:
            return CertificateProfile(
                role: role, basicConstraints: nil, keyUsage: KeyUsage(digitalSignature: true),
                extendedKeyUsage: [.serverAuth, .clientAuth], policiesCritical: false, lifetime: .years(10)
            )
        }
    }

    /// The end of validity for a certificate valid from `start`.
    func notValidAfter(from start: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        switch lifetime {
        case .years(let years):
            return calendar.date(byAdding: .year, value: years, to: start) ?? start
        case .noWellDefinedExpiration:
            let components = DateComponents(
                timeZone: calendar.timeZone, year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59
            )
            return calendar.date(from: components) ?? start
        }
    }
}
