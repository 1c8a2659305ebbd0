import ArgumentParser
import Foundation
import SSPPKI

/// `ssp pki show FILE`: prints a certificate's role, names, validity, key and identifiers, and
/// whether its chain verifies.
struct PKIShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a certificate and whether its chain verifies.",
        discussion: """
            Issuers are looked for in the hierarchy folder the file sits in (as written by `ssp pki init`), \
            in further certificates in FILE, and in the files or folders given with --roots. Self-signed CI \
            certificates found there are the trusted roots. Exits with status 1 when the chain does not verify.
            """
    )

    @Argument(help: "A certificate file, PEM or DER.")
    var file: String

    @Option(parsing: .upToNextOption, help: "Files or folders holding issuer and root certificates.")
    var roots: [String] = []

    @Option(help: "Check validity at this time (2030-01-31 or 2030-01-31T12:00:00Z) instead of now.")
    var at: String?

    @Option(help: "The object-identifier arc of the iSSP roles.")
    var arc: String = ProjectArc.default.description

    init() {}

    func run() throws {
        let report = try makeReport()
        print(report.lines.joined(separator: "\n"))
        if !report.verified { throw ExitCode(1) }
    }

    /// Reads the file and the candidate issuers, and describes the certificate.
    func makeReport() throws -> CertificateReport {
        let projectArc: ProjectArc
        do { projectArc = try ProjectArc(dotted: arc) } catch { throw PKICommandError.badArc(arc) }
        let time = try at.map(Self.parseDate) ?? Date()
        let url = URL(fileURLWithPath: file)
        let inFile = try Self.certificates(inFile: url)
        guard let leaf = inFile.first else { throw PKICommandError.notACertificate(path: file, reason: "it is empty") }

        var candidates = Array(inFile.dropFirst())
        if let hierarchy = Self.enclosingHierarchy(of: url) {
            candidates += (try? HierarchyLayout.certificates(in: hierarchy)) ?? []
        }
        for path in roots {
            candidates += try Self.certificates(at: URL(fileURLWithPath: path))
        }
        return CertificateReport.make(path: file, leaf: leaf, candidates: candidates, at: time, arc: projectArc)
    }

    /// The certificates in one file; a file without any is an error.
    static func certificates(inFile url: URL) throws -> [PKICertificate] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw PKICommandError.fileMissing(path: url.path)
        }
        guard !isDirectory.boolValue else { throw PKICommandError.isDirectory(path: url.path) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw PKICommandError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        do {
            return try PKICertificate.parseAll(Array(data))
        } catch {
            throw PKICommandError.notACertificate(path: url.path, reason: error.description)
        }
    }

    /// The certificates at `url`: a file's, or every certificate file below a folder (others are skipped).
    static func certificates(at url: URL) throws -> [PKICertificate] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw PKICommandError.fileMissing(path: url.path)
        }
        guard isDirectory.boolValue else { return try certificates(inFile: url) }
        let extensions: Set<String> = ["pem", "der", "crt", "cer"]
        var found: [PKICertificate] = []
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
        while let item = enumerator?.nextObject() as? URL {
            guard extensions.contains(item.pathExtension.lowercased()),
                let data = try? Data(contentsOf: item),
                let certificates = try? PKICertificate.parseAll(Array(data))
            else { continue }
            found += certificates
        }
        return found
    }

    /// The hierarchy folder `file` sits in, looking up to three levels up (`DIR/smdp/auth/cert.pem`).
    static func enclosingHierarchy(of file: URL) -> URL? {
        var directory = file.deletingLastPathComponent()
        for _ in 0..<3 {
            if HierarchyLayout.isHierarchy(directory) { return directory }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    /// Parses `2030-01-31` (midnight UTC) or a full ISO 8601 time.
    static func parseDate(_ text: String) throws -> Date {
        let full = ISO8601DateFormatter()
        if let date = full.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        if let date = day.date(from: text) { return date }
        throw PKICommandError.badDate(text)
    }
}
