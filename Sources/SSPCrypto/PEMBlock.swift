import Foundation

/// One `-----BEGIN <label>-----` … `-----END <label>-----` block of a PEM file. OpenSSL writes SGP.26 private
/// keys as two blocks ("EC PARAMETERS", then "EC PRIVATE KEY"), which single-document PEM readers refuse.
struct PEMBlock: Equatable {
    let label: String
    let derBytes: [UInt8]

    /// All blocks of `text`, in order. Text outside blocks is ignored; a block without its END line, with a
    /// mismatched END label or with invalid Base64 is an error.
    static func parseAll(_ text: String) throws -> [PEMBlock] {
        var blocks: [PEMBlock] = []
        var currentLabel: String?
        var base64 = ""
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if let label = Self.label(of: line, marker: "BEGIN") {
                guard currentLabel == nil else {
                    throw SSPCryptoError.invalidPrivateKey(reason: "PEM block '\(label)' starts inside another block")
                }
                currentLabel = label
                base64 = ""
            } else if let label = Self.label(of: line, marker: "END") {
                guard let open = currentLabel, open == label else {
                    throw SSPCryptoError.invalidPrivateKey(reason: "PEM END line '\(label)' without matching BEGIN")
                }
                guard let data = Data(base64Encoded: base64), !data.isEmpty else {
                    throw SSPCryptoError.invalidPrivateKey(reason: "PEM block '\(label)' has invalid Base64")
                }
                blocks.append(PEMBlock(label: label, derBytes: Array(data)))
                currentLabel = nil
            } else if currentLabel != nil {
                base64 += line
            }
        }
        if let open = currentLabel {
            throw SSPCryptoError.invalidPrivateKey(reason: "PEM block '\(open)' has no END line")
        }
        return blocks
    }

    private static func label(of line: String, marker: String) -> String? {
        let prefix = "-----\(marker) "
        let suffix = "-----"
        guard line.hasPrefix(prefix), line.hasSuffix(suffix), line.count >= prefix.count + suffix.count else {
            return nil
        }
        return String(line.dropFirst(prefix.count).dropLast(suffix.count))
    }
}
