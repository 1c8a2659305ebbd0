/// A plain-sentence error of the `ssp pki` commands.
enum PKICommandError: Error, CustomStringConvertible {
    case wouldOverwrite(path: String)
    case fileMissing(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case notACertificate(path: String, reason: String)
    case badDate(String)
    case badArc(String)
    case writeFailed(path: String, reason: String)

    var description: String {
        switch self {
        case .wouldOverwrite(let path):
            return "\(path) already exists; pass --force to replace the hierarchy."
        case .fileMissing(let path):
            return "The file \(path) does not exist."
        case .isDirectory(let path):
            return "\(path) is a folder; give a certificate file."
        case .unreadable(let path, let reason):
            return "\(path) could not be read: \(reason)."
        case .notACertificate(let path, let reason):
            return "\(path) is not a certificate: \(reason)"
        case .badDate(let text):
            return "\"\(text)\" is not a date; write it as 2030-01-31 or 2030-01-31T12:00:00Z."
        case .badArc(let text):
            return "\"\(text)\" is not an object identifier such as 2.999.3103."
        case .writeFailed(let path, let reason):
            return "\(path) could not be written: \(reason)."
        }
    }
}
