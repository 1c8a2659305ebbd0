import ArgumentParser
import Foundation
import SSPPKI

/// `ssp pki init DIR`: generates the whole lab hierarchy and writes it to DIR.
struct PKIInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Generate the lab PKI (CI, EUM, eUICC, SM-DP+, SPB CI, SPB Manager, iSSP maker, SPBL) into DIR.",
        discussion: """
            Writes one folder per identity (ci, eum, euicc, smdp/{auth,pb,tls}, spb-ci, spbm/{tls,sign,ka}, \
            issp-maker, spbl), each with cert.pem, cert.der, key.pem and key.der (PKCS#8, mode 0600). \
            See docs/pki.md.
            """
    )

    @Argument(help: "The folder to write the hierarchy into.")
    var directory: String

    @Option(help: "Comma-separated host names for the TLS certificates.")
    var hosts: String = "localhost"

    @Option(name: .customLong("ip"), help: "Comma-separated IP addresses for the TLS certificates.")
    var ipAddresses: String?

    @Flag(help: "Add 127.0.0.1 to the TLS certificates, for a lab on loopback.")
    var loopback = false

    @Option(help: "The eUICC's EID (32 digits); its first 8 digits become the EUM's permitted range.")
    var eid: String?

    @Option(name: .customLong("platform-id"), help: "The SPBL's Primary Platform identifier (8 groups of 4).")
    var platformIdentifier: String?

    @Option(help: "The organisation prefix of the subjects.")
    var organization: String = "SSP Lab"

    @Option(help: "The object-identifier arc of the iSSP roles.")
    var arc: String = ProjectArc.default.description

    @Flag(help: "Replace an existing hierarchy.")
    var force = false

    init() {}

    func run() throws {
        var options = TestHierarchy.Options()
        options.hosts = Self.list(hosts)
        options.ipAddresses = Self.list(ipAddresses ?? "") + (loopback ? ["127.0.0.1"] : [])
        if let eid { options.eid = eid }
        if let platformIdentifier { options.platformIdentifier = try PrimaryPlatformIdentifier(platformIdentifier) }
        options.organization = organization
        do { options.arc = try ProjectArc(dotted: arc) } catch { throw PKICommandError.badArc(arc) }

        let hierarchy = try TestHierarchy.generate(options)
        let root = URL(fileURLWithPath: directory)
        try HierarchyWriter.save(hierarchy, to: root, force: force)

        print("Wrote the lab PKI to \(root.path):")
        for identity in hierarchy.identities {
            guard let folder = HierarchyLayout.folder(for: identity.role) else { continue }
            let folderText = (folder + "/").padding(toLength: 14, withPad: " ", startingAt: 0)
            print("  \(folderText) \(identity.role.displayName): \(identity.parsed.subject.readable)")
        }
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
