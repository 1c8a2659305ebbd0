import SPB

/// Why a bundle could not be given a modem port.
public enum ModemPortError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The active limit is reached: every allowed port is occupied by the bundles listed.
    case noFreePort(activeLimit: Int, active: [SpbId])
    /// The requested port does not exist.
    case noSuchPort(Int, portCount: Int)
    /// The requested port runs another bundle.
    case portInUse(Int, by: SpbId)
    /// The bundle already runs on a port.
    case alreadyAssigned(SpbId, port: Int)

    public var description: String {
        switch self {
        case .noFreePort(let limit, let active):
            let list = active.map(\.description).joined(separator: ", ")
            return "no free port: \(limit) bundle(s) may be Active at once and these are: \(list);"
                + " deactivate one, or name one to deactivate in its place"
        case .noSuchPort(let port, let count):
            return "modem port \(port) does not exist (ports are 1 to \(count))"
        case .portInUse(let port, let occupant):
            return "modem port \(port) is in use by bundle \(occupant)"
        case .alreadyAssigned(let spbId, let port):
            return "bundle \(spbId) already runs on modem port \(port)"
        }
    }
}
