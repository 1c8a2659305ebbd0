import Foundation

/// The files of a platform directory and the order in which they change, so that a power cut at any
/// instant leaves no half bundle.
///
/// Installing an RSP bundle: (1) the card file is created complete under `<id>.card.partial` and closed;
/// (2) the platform transaction that adds the bundle row commits; (3) the partial file is renamed to
/// `<id>.card`. Deleting one: (1) the transaction that removes the row commits; (2) the card file is
/// removed. On open, ``recover(_:bundles:)`` finishes (3) for a committed row, and removes any partial
/// file without a row and any card file without a row, so the directory always matches the database.
enum PlatformDirectory {
    /// The suffix of a card file.
    static let cardSuffix = ".card"
    /// The suffix of a card file being created.
    static let partialSuffix = ".card.partial"
    /// The files SQLite keeps beside a database in WAL mode.
    static let sidecarSuffixes = ["-wal", "-shm"]

    /// The card file name of a bundle.
    static func cardFileName(for spbIdText: String) -> String { spbIdText + cardSuffix }

    /// Creates the directory and its card folder.
    static func prepare(_ directory: URL) throws {
        do {
            try FileManager.default.createDirectory(
                at: directory.appendingPathComponent(ISSPPlatform.cardDirectoryName), withIntermediateDirectories: true)
        } catch {
            throw ISSPError.storage(
                operation: "create the platform directory \(directory.path)", underlying: "\(error)")
        }
    }

    /// Brings the card folder in line with the committed bundle rows.
    static func recover(_ directory: URL, bundles: [BundleRecord]) throws {
        let cards = directory.appendingPathComponent(ISSPPlatform.cardDirectoryName)
        try prepare(directory)
        let referenced = Set(bundles.compactMap(\.cardFile))
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: cards.path)
        } catch {
            throw ISSPError.storage(operation: "list \(cards.path)", underlying: "\(error)")
        }
        for name in names where name.hasSuffix(partialSuffix) {
            let final = String(name.dropLast(partialSuffix.count)) + cardSuffix
            if referenced.contains(final) && !names.contains(final) {
                try promote(cards.appendingPathComponent(name), to: cards.appendingPathComponent(final))
            } else {
                try removeCard(at: cards.appendingPathComponent(name))
            }
        }
        for name in names where name.hasSuffix(cardSuffix) && !referenced.contains(name) {
            try removeCard(at: cards.appendingPathComponent(name))
        }
        // SQLite sidecars whose database is gone (a wipe interrupted between the files).
        for name in names {
            guard let suffix = sidecarSuffixes.first(where: { name.hasSuffix($0) }) else { continue }
            let base = String(name.dropLast(suffix.count))
            let manager = FileManager.default
            if !manager.fileExists(atPath: cards.appendingPathComponent(base).path) {
                try? manager.removeItem(at: cards.appendingPathComponent(name))
            }
        }
    }

    /// Renames a closed partial card file (and its WAL, if SQLite left one) to its final name.
    static func promote(_ partial: URL, to final: URL) throws {
        let manager = FileManager.default
        do {
            if manager.fileExists(atPath: partial.path + "-wal") {
                try manager.moveItem(atPath: partial.path + "-wal", toPath: final.path + "-wal")
            }
            if manager.fileExists(atPath: partial.path + "-shm") {
                try manager.removeItem(atPath: partial.path + "-shm")
            }
            try manager.moveItem(at: partial, to: final)
        } catch {
            throw ISSPError.storage(operation: "rename \(partial.lastPathComponent)", underlying: "\(error)")
        }
    }

    /// Removes a card file and its SQLite sidecars.
    static func removeCard(at url: URL) throws {
        let manager = FileManager.default
        for path in [url.path] + sidecarSuffixes.map({ url.path + $0 }) where manager.fileExists(atPath: path) {
            do {
                try manager.removeItem(atPath: path)
            } catch {
                throw ISSPError.storage(operation: "remove \(path)", underlying: "\(error)")
            }
        }
    }
}
