import ArgumentParser
import EUICC
import Foundation
import LPA
import SGP22
import SSPPKI

/// `ssp device create DIR`: a new virtual device with an eUICC whose identity comes from the lab PKI or from files.
struct DeviceCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a virtual device: an eUICC card file and the LPA's settings.",
        discussion: """
            With --pki DIR (a hierarchy from `ssp pki init`), the EUM in DIR issues a new eUICC certificate for \
            --eid (or a fresh EID in the EUM's range), the card trusts DIR's CI, and the LPA trusts that CI as a \
            TLS root (it issued the SM-DP+'s TLS certificate). Without --pki, import an identity with \
            --euicc-certificate, --euicc-key, --eum-certificate and --ci-certificate.
            """
    )

    @Argument(help: "The device folder to create.")
    var directory: String

    @Option(help: "A lab PKI folder written by `ssp pki init`.")
    var pki: String?

    @Option(help: "The EID (32 digits) for the new eUICC certificate; a fresh one in the EUM's range by default.")
    var eid: String?

    @Option(name: .customLong("euicc-certificate"), help: "Import: the eUICC certificate (PEM or DER).")
    var euiccCertificate: String?

    @Option(name: .customLong("euicc-key"), help: "Import: the eUICC private key (PEM, DER or raw).")
    var euiccKey: String?

    @Option(name: .customLong("eum-certificate"), help: "Import: the EUM certificate (PEM or DER).")
    var eumCertificate: String?

    @Option(
        name: .customLong("ci-certificate"),
        help: "A CI certificate the card trusts for SM-DP+ certificates (repeatable), e.g. the SGP.26 test CI.")
    var ciCertificates: [String] = []

    @Option(
        name: .customLong("trust-lab-certificate"),
        help: "A root certificate the LPA trusts for SM-DP+ TLS, besides the system roots (repeatable).")
    var labCertificates: [String] = []

    @Flag(name: .customLong("no-system-roots"), help: "Trust only the lab roots for SM-DP+ TLS, not the system's.")
    var noSystemRoots = false

    @Flag(help: "Replace a device already in the folder.")
    var force = false

    init() {}

    func run() async throws {
        let device = VirtualDevice(directory: URL(fileURLWithPath: directory))
        if device.exists {
            guard force else { throw DeviceCommandError.alreadyADevice(path: directory) }
            try FileManager.default.removeItem(at: device.cardURL)
        }
        let (identity, issuers, tlsRoots) = try makeIdentity()
        var settings = LPASettings(trustSystemRoots: !noSystemRoots)
        for root in tlsRoots { settings.trust(root) }
        for path in labCertificates { settings.trust(try Self.certificate(at: path)) }
        try FileManager.default.createDirectory(at: device.directory, withIntermediateDirectories: true)
        let card = try EUICC.create(at: device.cardURL, identity: identity, trustedIssuers: issuers)
        try settings.save(to: device.settingsURL)

        print("Created the device \(device.directory.path):")
        print("  EID           \(card.eid)")
        print("  eUICC         \(identity.certificate.subject.readable)")
        print("  EUM           \(identity.eumCertificate.subject.readable)")
        for issuer in issuers {
            print("  trusted CI    \(issuer.certificate.subject.readable)")
        }
        let roots = (settings.trustSystemRoots ? ["system roots"] : [])
            + (try settings.trustedCertificates()).map { $0.subject.readable }
        print("  TLS roots     \(roots.joined(separator: "; "))")
    }

    /// The identity, the CIs the card trusts and the roots the LPA trusts for TLS.
    private func makeIdentity() throws -> (EUICCIdentity, [TrustedCertificateIssuer], [PKICertificate]) {
        var extraIssuers = try ciCertificates.map { try TrustedCertificateIssuer(certificate: Self.certificate(at: $0)) }
        if let pki {
            let root = URL(fileURLWithPath: pki)
            let ci = try HierarchyLayout.loadIdentity(.ci, from: root)
            let eum = try HierarchyLayout.loadIdentity(.eum, from: root)
            guard let eumX509 = eum.certificate.certificate else {
                throw DeviceCommandError.failed("The EUM certificate in \(pki) cannot be used to issue certificates.")
            }
            let issuer = try IssuedIdentity(role: .eum, certificate: eumX509, privateKey: eum.privateKey)
            let chosenEID = try eid ?? Self.freshEID(under: eum.certificate)
            if let problem = EIDFormat.problem(with: chosenEID) {
                throw DeviceCommandError.invalidEID(chosenEID, reason: problem)
            }
            let issued = try PKIBuilder().euicc(eid: chosenEID, commonName: "Virtual eUICC", issuer: issuer)
            let identity = try EUICCIdentity(
                certificate: issued.parsed, privateKey: issued.privateKey, eumCertificate: eum.certificate)
            extraIssuers.insert(try TrustedCertificateIssuer(certificate: ci.certificate), at: 0)
            return (identity, extraIssuers, [ci.certificate])
        }
        guard euiccCertificate != nil || euiccKey != nil || eumCertificate != nil else {
            throw DeviceCommandError.missingIdentity
        }
        guard let euiccCertificate else { throw DeviceCommandError.incompleteImport(missing: "--euicc-certificate") }
        guard let euiccKey else { throw DeviceCommandError.incompleteImport(missing: "--euicc-key") }
        guard let eumCertificate else { throw DeviceCommandError.incompleteImport(missing: "--eum-certificate") }
        guard !extraIssuers.isEmpty else { throw DeviceCommandError.incompleteImport(missing: "--ci-certificate") }
        let identity = try EUICCIdentity(
            certificateFile: URL(fileURLWithPath: euiccCertificate), privateKeyFile: URL(fileURLWithPath: euiccKey),
            eumCertificateFile: URL(fileURLWithPath: eumCertificate))
        return (identity, extraIssuers, [])
    }

    /// A random EID in the first range the EUM certificate grants.
    static func freshEID(under eum: PKICertificate) throws -> String {
        guard let prefix = IdentifierRange.ranges(grantedBy: eum).first?.prefix,
            let eid = EIDFormat.make(prefix: prefix, individualNumber: UInt64.random(in: 1...9_999_999_999))
        else { throw DeviceCommandError.noEIDRange(eum: eum.subject.readable) }
        return eid
    }

    /// The first certificate in a PEM or DER file.
    static func certificate(at path: String) throws -> PKICertificate {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw DeviceCommandError.unreadableFile(path: path, reason: error.localizedDescription)
        }
        guard let first = try PKICertificate.parseAll(bytes).first else {
            throw DeviceCommandError.unreadableFile(path: path, reason: "it holds no certificate")
        }
        return first
    }
}
