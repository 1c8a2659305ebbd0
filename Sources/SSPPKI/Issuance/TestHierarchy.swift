import Foundation
import SwiftASN1

/// A complete lab PKI: the eSIM hierarchy (CI → EUM → eUICC, CI → SM-DP+ auth / pb / TLS) and
/// the iSSP hierarchy (SPB family CI → SPB Manager TLS / signing / key agreement, SPB family CI →
/// iSSP maker → SPBL), every key NIST P-256.
///
/// Servers and tests build it in-process; `ssp pki init` writes it to disk in the layout of
/// ``HierarchyLayout``.
public struct TestHierarchy: Sendable {
    /// What to put in the hierarchy.
    public struct Options: Sendable {
        /// The arc of the iSSP role OIDs and the entity identifiers.
        public var arc: ProjectArc = .default
        /// The start of validity of every certificate.
        public var notValidBefore: Date = Date().addingTimeInterval(-3600)
        /// The host names of the TLS certificates (SM-DP+ and SPB Manager).
        public var hosts: [String] = ["localhost"]
        /// IP addresses added to the TLS certificates' subjectAltName, such as `127.0.0.1` for a lab on loopback.
        public var ipAddresses: [String] = []
        /// The eUICC's EID; its first 8 digits become the EUM's permitted range.
        public var eid: String = EIDFormat.labDefault
        /// The SPBL's Primary Platform identifier; its first group becomes the maker's permitted range.
        /// A random one under ``makerCode`` when `nil`.
        public var platformIdentifier: PrimaryPlatformIdentifier?
        /// The maker code used when ``platformIdentifier`` is `nil`.
        public var makerCode: String = "55AA"
        /// The organisation prefix of every subject, such as `SSP Lab` → `SSP Lab EUM`.
        public var organization: String = "SSP Lab"
        /// The two-letter country of the CA subjects; `XX` is ISO 3166's user-assigned code.
        public var country: String = "XX"

        /// The default options: host `localhost`, the lab EID, a random platform identifier.
        public init() {}
    }

    /// The eSIM CI (root).
    public let ci: IssuedIdentity
    /// The EUM, issued by the CI.
    public let eum: IssuedIdentity
    /// The eUICC, issued by the EUM.
    public let euicc: IssuedIdentity
    /// SM-DP+ authentication (CERT.DPauth.ECDSA).
    public let smdpAuth: IssuedIdentity
    /// SM-DP+ profile binding (CERT.DPpb.ECDSA).
    public let smdpPb: IssuedIdentity
    /// SM-DP+ TLS server.
    public let smdpTLS: IssuedIdentity
    /// The SPB family CI (root of the iSSP side).
    public let spbCI: IssuedIdentity
    /// SPB Manager TLS server.
    public let spbmTLS: IssuedIdentity
    /// SPB Manager signing.
    public let spbmSigning: IssuedIdentity
    /// SPB Manager key agreement.
    public let spbmKeyAgreement: IssuedIdentity
    /// The iSSP maker, issued by the SPB family CI.
    public let isspMaker: IssuedIdentity
    /// The SPBL, issued by the iSSP maker.
    public let spbl: IssuedIdentity
    /// The options it was made with.
    public let options: Options

    /// Every identity, roots first.
    public var identities: [IssuedIdentity] {
        [ci, eum, euicc, smdpAuth, smdpPb, smdpTLS, spbCI, spbmTLS, spbmSigning, spbmKeyAgreement, isspMaker, spbl]
    }

    /// The identity of `role`, if the hierarchy has one.
    public func identity(for role: CertificateRole) -> IssuedIdentity? {
        identities.first { $0.role == role }
    }

    /// The SPBL's Primary Platform identifier.
    public var platformIdentifier: String { spbl.parsed.subjectSerialNumber ?? "" }

    /// Generates a new hierarchy with fresh keys.
    public static func generate(_ options: Options = Options()) throws -> TestHierarchy {
        try TestHierarchy(options: options)
    }

    private init(options: Options) throws {
        self.options = options
        let builder = PKIBuilder(arc: options.arc, notValidBefore: options.notValidBefore)
        let org = options.organization
        let country = options.country
        let arc = options.arc
        if let problem = EIDFormat.problem(with: options.eid) {
            throw PKIBuilderError.invalidEID(options.eid, reason: problem)
        }
        let platform = try options.platformIdentifier ?? PrimaryPlatformIdentifier.random(makerCode: options.makerCode)

        ci = try builder.certificateIssuer(
            role: .ci, country: country, organization: org, commonName: "\(org) CI",
            registeredID: EntityIdentifier.ci.oid(in: arc)
        )
        eum = try builder.eum(
            country: country, organization: "\(org) EUM", commonName: "\(org) EUM",
            eidPrefix: String(options.eid.prefix(EIDFormat.rangePrefixLength)),
            registeredID: EntityIdentifier.eum.oid(in: arc), issuer: ci
        )
        euicc = try builder.euicc(eid: options.eid, commonName: "\(org) eUICC", issuer: eum)
        let smdpOID = EntityIdentifier.smdp.oid(in: arc)
        smdpAuth = try builder.endEntity(
            role: .dpAuth, organization: "\(org) SM-DP+", commonName: "\(org) SM-DP+ auth",
            registeredID: smdpOID, issuer: ci
        )
        smdpPb = try builder.endEntity(
            role: .dpPb, organization: "\(org) SM-DP+", commonName: "\(org) SM-DP+ pb",
            registeredID: smdpOID, issuer: ci
        )
        smdpTLS = try builder.tlsServer(
            role: .dpTLS, organization: "\(org) SM-DP+", hosts: options.hosts, ipAddresses: options.ipAddresses,
            registeredID: smdpOID, issuer: ci
        )

        spbCI = try builder.certificateIssuer(
            role: .spbFamilyCI, country: country, organization: "\(org) SPB Family",
            commonName: "\(org) SPB Family CI", registeredID: EntityIdentifier.spbFamilyCI.oid(in: arc)
        )
        let spbmOID = EntityIdentifier.spbManager.oid(in: arc)
        spbmTLS = try builder.tlsServer(
            role: .spbmTLS, organization: "\(org) SPB Manager", hosts: options.hosts,
            ipAddresses: options.ipAddresses, registeredID: spbmOID, issuer: spbCI
        )
        spbmSigning = try builder.endEntity(
            role: .spbmSigning, organization: "\(org) SPB Manager", commonName: "\(org) SPB Manager signing",
            registeredID: spbmOID, issuer: spbCI
        )
        spbmKeyAgreement = try builder.endEntity(
            role: .spbmKeyAgreement, organization: "\(org) SPB Manager",
            commonName: "\(org) SPB Manager key agreement", registeredID: spbmOID, issuer: spbCI
        )
        isspMaker = try builder.isspMaker(
            country: country, organization: "\(org) iSSP Maker", commonName: "\(org) iSSP Maker",
            makerCode: platform.makerCode, registeredID: EntityIdentifier.isspMaker.oid(in: arc), issuer: spbCI
        )
        spbl = try builder.spbl(platform: platform, commonName: "\(org) SPBL", issuer: isspMaker)
    }
}
