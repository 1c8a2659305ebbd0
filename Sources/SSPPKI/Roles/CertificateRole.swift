import SwiftASN1

/// The role a certificate plays, told by the role OID in its certificatePolicies extension.
///
/// The eSIM roles use the OIDs of SGP.22 v2.2 §4.5.2 (`id-rspRole`, `2.23.146.1.2.1.n`). The iSSP
/// side has no public OIDs, so its roles live under the project's configurable arc
/// (``ProjectArc``, by default `2.999.3103.1.n`).
public enum CertificateRole: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// GSMA Certificate Issuer, the root of the eSIM hierarchy (`id-rspRole-ci`, .0).
    case ci
    /// eUICC (`id-rspRole-euicc`, .1).
    case euicc
    /// eUICC Manufacturer (`id-rspRole-eum`, .2).
    case eum
    /// SM-DP+ TLS server (`id-rspRole-dp-tls`, .3).
    case dpTLS
    /// SM-DP+ authentication, signs serverSigned1 (`id-rspRole-dp-auth`, .4).
    case dpAuth
    /// SM-DP+ profile binding, signs smdpSigned2 and the bound package (`id-rspRole-dp-pb`, .5).
    case dpPb
    /// SM-DS TLS server (`id-rspRole-ds-tls`, .6).
    case dsTLS
    /// SM-DS authentication (`id-rspRole-ds-auth`, .7).
    case dsAuth
    /// The CI of an SPB family, root of the iSSP side (arc .1.0).
    case spbFamilyCI
    /// SPB Manager TLS server (arc .1.1).
    case spbmTLS
    /// SPB Manager signing / authentication (arc .1.2).
    case spbmSigning
    /// SPB Manager key agreement, the static key of the Si2 session key derivation (arc .1.3).
    case spbmKeyAgreement
    /// iSSP maker, the Primary Platform maker: the EUM's counterpart (arc .1.4).
    case isspMaker
    /// SPB Loader on the Primary Platform (arc .1.5).
    case spbl

    /// The policy OID that marks this role, with the iSSP roles placed under `arc`.
    public func oid(in arc: ProjectArc = .default) -> ASN1ObjectIdentifier {
        switch self {
        case .ci: return RSPObjectIdentifiers.rspRole.appending(0)
        case .euicc: return RSPObjectIdentifiers.rspRole.appending(1)
        case .eum: return RSPObjectIdentifiers.rspRole.appending(2)
        case .dpTLS: return RSPObjectIdentifiers.rspRole.appending(3)
        case .dpAuth: return RSPObjectIdentifiers.rspRole.appending(4)
        case .dpPb: return RSPObjectIdentifiers.rspRole.appending(5)
        case .dsTLS: return RSPObjectIdentifiers.rspRole.appending(6)
        case .dsAuth: return RSPObjectIdentifiers.rspRole.appending(7)
        case .spbFamilyCI: return arc.rolesArc.appending(0)
        case .spbmTLS: return arc.rolesArc.appending(1)
        case .spbmSigning: return arc.rolesArc.appending(2)
        case .spbmKeyAgreement: return arc.rolesArc.appending(3)
        case .isspMaker: return arc.rolesArc.appending(4)
        case .spbl: return arc.rolesArc.appending(5)
        }
    }

    /// Every role whose OID appears in `policies`, in declaration order.
    public static func roles(in policies: [ASN1ObjectIdentifier], arc: ProjectArc = .default) -> [CertificateRole] {
        allCases.filter { policies.contains($0.oid(in: arc)) }
    }

    /// The single role named by `policies`, or `nil` when none or several are present.
    public init?(policies: [ASN1ObjectIdentifier], arc: ProjectArc = .default) {
        let found = Self.roles(in: policies, arc: arc)
        guard found.count == 1, let role = found.first else { return nil }
        self = role
    }

    /// The role of the certificate that issues certificates of this role, or `nil` for a root.
    public var issuerRole: CertificateRole? {
        switch self {
        case .ci, .spbFamilyCI: return nil
        case .euicc: return .eum
        case .eum, .dpTLS, .dpAuth, .dpPb, .dsTLS, .dsAuth: return .ci
        case .spbmTLS, .spbmSigning, .spbmKeyAgreement, .isspMaker: return .spbFamilyCI
        case .spbl: return .isspMaker
        }
    }

    /// Whether certificates of this role are self-signed trust anchors.
    public var isRoot: Bool { issuerRole == nil }

    /// Whether certificates of this role issue other certificates.
    public var isCertificateAuthority: Bool {
        switch self {
        case .ci, .eum, .spbFamilyCI, .isspMaker: return true
        default: return false
        }
    }

    /// Whether this role serves TLS, and so needs the serverAuth extended key usage.
    public var isTLSServer: Bool {
        self == .dpTLS || self == .dsTLS || self == .spbmTLS
    }

    /// Whether this role belongs to the iSSP side, whose OIDs live under the project arc.
    public var isISSPRole: Bool {
        switch self {
        case .spbFamilyCI, .spbmTLS, .spbmSigning, .spbmKeyAgreement, .isspMaker, .spbl: return true
        default: return false
        }
    }

    /// A short human name, as the standards print it.
    public var displayName: String {
        switch self {
        case .ci: return "CI"
        case .euicc: return "eUICC"
        case .eum: return "EUM"
        case .dpTLS: return "SM-DP+ TLS"
        case .dpAuth: return "SM-DP+ authentication"
        case .dpPb: return "SM-DP+ profile binding"
        case .dsTLS: return "SM-DS TLS"
        case .dsAuth: return "SM-DS authentication"
        case .spbFamilyCI: return "SPB family CI"
        case .spbmTLS: return "SPB Manager TLS"
        case .spbmSigning: return "SPB Manager signing"
        case .spbmKeyAgreement: return "SPB Manager key agreement"
        case .isspMaker: return "iSSP maker"
        case .spbl: return "SPBL"
        }
    }

    public var description: String { displayName }
}
