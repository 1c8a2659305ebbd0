import SwiftASN1

/// The content a profile element writes into one file of its template.
///
/// A `File` lists what to do with the file: its FCP, then content to write and offsets to skip. The content is
/// laid out by writing each `fillFileContent` at the current position and moving on, each `fillFileOffset`
/// moving the position forward first. Bytes skipped over are left as `FF`, the erased state of card memory.
///
/// ```asn1
/// File ::= SEQUENCE OF CHOICE {
///     doNotCreate    NULL,
///     fileDescriptor Fcp,
///     fillFileOffset UInt16,
///     fillFileContent OCTET STRING
/// }
/// ```
enum FileContent {
    /// The largest content laid out; larger files are refused rather than allocated for a hostile input.
    static let maximumSize = 0x1_0000

    /// The content of the `File` in `node`, or `nil` when the element gives none or says `doNotCreate`.
    static func read(_ node: ASN1Node) throws -> [UInt8]? {
        guard case .constructed(let entries) = node.content else {
            throw ASN1Error.invalidASN1Object(reason: "File \(node.identifier) is not a SEQUENCE OF")
        }
        var content: [UInt8] = []
        var position = 0
        var sawContent = false
        for entry in entries {
            switch entry.identifier {
            case .context(0):
                return nil
            case .context(1):
                continue
            case .context(2):
                let offset = try UInt16(derEncoded: entry, withIdentifier: .context(2))
                position += Int(offset)
            case .context(3):
                let bytes = try ASN1OctetString(derEncoded: entry, withIdentifier: .context(3)).bytes
                guard position + bytes.count <= maximumSize else {
                    throw ASN1Error.invalidASN1Object(reason: "File content exceeds \(maximumSize) bytes")
                }
                if content.count < position + bytes.count {
                    content.append(contentsOf: repeatElement(0xFF, count: position + bytes.count - content.count))
                }
                content.replaceSubrange(position..<(position + bytes.count), with: bytes)
                position += bytes.count
                sawContent = true
            default:
                throw ASN1Error.invalidASN1Object(reason: "File entry \(entry.identifier) is not part of File")
            }
        }
        return sawContent ? content : nil
    }
}
