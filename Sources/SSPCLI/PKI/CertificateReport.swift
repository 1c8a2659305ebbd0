import Foundation
import SSPPKI

/// What `ssp pki show` prints about a certificate, and whether its chain verified.
struct CertificateReport {
    /// The lines to print.
    var lines: [String]
    /// Whether the chain verified.
    var verified: Bool

    /// Describes `leaf` and verifies it against `candidates` (issuers found beside it or given with --roots).
    static func make(
        path: String, leaf: PKICertificate, candidates: [PKICertificate], at time: Date, arc: ProjectArc
    ) -> CertificateReport {
        var lines: [String] = []
        func add(_ label: String, _ value: String) {
            lines.append((label + ":").padding(toLength: 13, withPad: " ", startingAt: 0) + value)
        }
        let role = leaf.role(in: arc)
        add("File", path)
        if let role {
            add("Role", "\(role.displayName) (\(role.oid(in: arc).dotted))")
        } else if leaf.roles(in: arc).count > 1 {
            add("Role", "ambiguous: " + leaf.roles(in: arc).map(\.displayName).joined(separator: ", "))
        } else {
            add("Role", "none (no SGP.22 or iSSP role OID in certificatePolicies)")
        }
        add("Subject", leaf.subject.readable)
        add("Issuer", leaf.issuer.readable)
        add("Serial", leaf.serialNumberHex)
        add("Not before", format(leaf.notValidBefore))
        add("Not after", format(leaf.notValidAfter))
        add("Key", leaf.keyCurve.name + (leaf.keyCurve.isSupported ? "" : " (unsupported)"))
        if role == .euicc { add("EID", leaf.subjectSerialNumber ?? "missing") }
        if role == .spbl { add("Platform ID", leaf.subjectSerialNumber ?? "missing") }
        let sans =
            leaf.dnsNames.map { "DNS:\($0)" } + leaf.ipAddresses.map { "IP:\($0)" }
            + leaf.registeredIDs.map { "RID:\($0.dotted)" }
        if !sans.isEmpty { add("Alt names", sans.joined(separator: ", ")) }

        guard let role else {
            add("Chain", "not checked: the certificate names no single role")
            return CertificateReport(lines: lines, verified: false)
        }
        let others = candidates.filter { $0 != leaf }
        let roots =
            others.filter { $0.isSelfIssued && $0.role(in: arc)?.isRoot == true }
            + (role.isRoot ? [leaf] : [])
        let intermediates = others.filter { !roots.contains($0) }
        do {
            let chain = try ChainVerifier(arc: arc).verify(
                leaf: leaf, intermediates: intermediates, roots: roots, at: time, expecting: role
            )
            add("Chain", "verifies at \(format(time)): \(chain), root \"\(chain.root.subject.readable)\"")
            return CertificateReport(lines: lines, verified: true)
        } catch {
            add("Chain", "does not verify at \(format(time)): \(error.description)")
            return CertificateReport(lines: lines, verified: false)
        }
    }

    static func format(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
}
