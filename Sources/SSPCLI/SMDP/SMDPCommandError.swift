/// A plain-sentence error of the `ssp serve smdp` and `ssp smdp` commands.
enum SMDPCommandError: Error, CustomStringConvertible {
    case noConfiguration
    case badPort(String)
    case badEID(String, reason: String)
    case badProfileClass(String)
    case orderRefused(String)

    var description: String {
        switch self {
        case .noConfiguration:
            return "Say which SM-DP+ to use: --config FILE, --pki DIR (from `ssp pki init`) or --sgp26 DIR "
                + "(or SSP_SMDP_CONFIG)."
        case .badPort(let text):
            return "\"\(text)\" is not a TCP port."
        case .badEID(let text, let reason):
            return "\"\(text)\" is not an EID: \(reason)."
        case .badProfileClass(let text):
            return "\"\(text)\" is not a profile class; use test, provisioning or operational."
        case .orderRefused(let reason):
            return "The SM-DP+ refused the order: \(reason)"
        }
    }
}
