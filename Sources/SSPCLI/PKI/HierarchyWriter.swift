import Foundation
import SSPPKI

/// Writes a ``TestHierarchy`` to disk in the layout of ``HierarchyLayout``: per identity the
/// certificate as PEM and DER, and the PKCS#8 private key as PEM and DER with mode 0600.
enum HierarchyWriter {
    /// Writes `hierarchy` under `directory`; refuses to replace any file unless `force` is set.
    /// Returns the paths written, relative to `directory`.
    @discardableResult
    static func save(_ hierarchy: TestHierarchy, to directory: URL, force: Bool) throws -> [String] {
        var files: [(relativePath: String, contents: [UInt8], secret: Bool)] = []
        for identity in hierarchy.identities {
            guard let folder = HierarchyLayout.folder(for: identity.role) else { continue }
            files.append(("\(folder)/\(HierarchyLayout.certificatePEM)", Array(identity.certificatePEM.utf8), false))
            files.append(("\(folder)/\(HierarchyLayout.certificateDER)", identity.certificateDER, false))
            files.append(("\(folder)/\(HierarchyLayout.privateKeyPEM)", Array(identity.privateKeyPEM.utf8), true))
            files.append(("\(folder)/\(HierarchyLayout.privateKeyDER)", identity.privateKeyDER, true))
        }
        // Check everything first, so that a refusal leaves no half-written hierarchy behind.
        if !force {
            for file in files {
                let path = directory.appendingPathComponent(file.relativePath).path
                if FileManager.default.fileExists(atPath: path) { throw PKICommandError.wouldOverwrite(path: path) }
            }
        }
        for file in files {
            let url = directory.appendingPathComponent(file.relativePath)
            try writeFile(file.contents, to: url, mode: file.secret ? 0o600 : 0o644)
        }
        return files.map(\.relativePath)
    }

    /// Creates `url` afresh with `mode`, so that a key file is never readable by others, not even briefly.
    static func writeFile(_ contents: [UInt8], to url: URL, mode: mode_t) throws {
        let path = url.path
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true
            )
        } catch {
            throw PKICommandError.writeFailed(path: path, reason: error.localizedDescription)
        }
        if FileManager.default.fileExists(atPath: path) {
            do { try FileManager.default.removeItem(atPath: path) } catch {
                throw PKICommandError.writeFailed(path: path, reason: error.localizedDescription)
            }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            throw PKICommandError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        // The umask may have cleared bits of `mode`; set exactly what was asked.
        fchmod(descriptor, mode)
        var offset = 0
        while offset < contents.count {
            let written = contents[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else {
                throw PKICommandError.writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
