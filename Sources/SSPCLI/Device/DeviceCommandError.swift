/// A plain-sentence error of the `ssp device` commands.
enum DeviceCommandError: Error, CustomStringConvertible {
    case notADevice(path: String)
    case alreadyADevice(path: String)
    case missingIdentity
    case incompleteImport(missing: String)
    case unreadableFile(path: String, reason: String)
    case invalidICCID(String, reason: String)
    case invalidActivationCode(String, reason: String)
    case invalidEID(String, reason: String)
    case noEIDRange(eum: String)
    case failed(String)

    var description: String {
        switch self {
        case .notADevice(let path):
            return "\(path) is not a device folder (no card.sqlite); create one with `ssp device create \(path)`."
        case .alreadyADevice(let path):
            return "\(path) already holds a device; pass --force to replace it."
        case .missingIdentity:
            return "The card needs an identity: give --pki DIR (a lab PKI from `ssp pki init`) or the files "
                + "--euicc-certificate, --euicc-key, --eum-certificate and --ci-certificate."
        case .incompleteImport(let missing):
            return "Importing an identity needs \(missing) as well."
        case .unreadableFile(let path, let reason):
            return "\(path) could not be read: \(reason)."
        case .invalidICCID(let text, let reason):
            return "\"\(text)\" is not an ICCID: \(reason)."
        case .invalidActivationCode(let text, let reason):
            return "\"\(text)\" is not an activation code: \(reason)."
        case .invalidEID(let text, let reason):
            return "\"\(text)\" is not a usable EID: \(reason)."
        case .noEIDRange(let eum):
            return "The EUM certificate \(eum) grants no EID range, so no EID can be chosen; pass --eid."
        case .failed(let sentence):
            return sentence
        }
    }
}
