import SPB

/// Which Active Telecom Bundle runs on which modem port.
///
/// The baseband sees the Primary Platform as numbered ports (1…``PlatformLimits/modemPorts``), the way an
/// SGP.22 v3 MEP eUICC exposes eSIM ports: each Active bundle occupies exactly one port, and at most
/// ``PlatformLimits/maximumActiveBundles`` bundles are Active at once. The platform persists the port in
/// the bundle's row; this value type holds the rules.
public struct ModemPortTable: Hashable, Sendable {
    /// The number of ports, numbered from 1.
    public let portCount: Int
    /// How many bundles may occupy a port at once.
    public let activeLimit: Int
    /// The occupied ports.
    public private(set) var assignments: [Int: SpbId]

    /// A table of `portCount` ports of which at most `activeLimit` may be occupied, with the given
    /// assignments (read back from storage).
    public init(portCount: Int, activeLimit: Int, assignments: [Int: SpbId] = [:]) {
        self.portCount = portCount
        self.activeLimit = min(activeLimit, portCount)
        self.assignments = assignments
    }

    /// The table for `limits`.
    public init(limits: PlatformLimits, assignments: [Int: SpbId] = [:]) {
        self.init(portCount: limits.modemPorts, activeLimit: limits.maximumActiveBundles, assignments: assignments)
    }

    /// Every port number.
    public var ports: ClosedRange<Int> { 1...max(portCount, 1) }

    /// The port `spbId` runs on, if it is Active.
    public func port(of spbId: SpbId) -> Int? {
        assignments.first { $0.value == spbId }?.key
    }

    /// The bundle on `port`, if any.
    public func bundle(on port: Int) -> SpbId? {
        assignments[port]
    }

    /// The free ports, ascending; empty when the active limit is reached even if ports are idle.
    public var freePorts: [Int] {
        guard assignments.count < activeLimit else { return [] }
        return ports.filter { assignments[$0] == nil }
    }

    /// Puts `spbId` on `requested`, or on the lowest free port when `requested` is `nil`.
    ///
    /// - Returns: the port.
    /// - Throws: ``ModemPortError`` when the bundle already has a port, the port does not exist or is taken,
    ///   or no port is free (the active limit is reached).
    @discardableResult
    public mutating func assign(_ spbId: SpbId, to requested: Int? = nil) throws(ModemPortError) -> Int {
        if let current = port(of: spbId) { throw .alreadyAssigned(spbId, port: current) }
        guard assignments.count < activeLimit else {
            throw .noFreePort(activeLimit: activeLimit, active: assignments.sorted { $0.key < $1.key }.map(\.value))
        }
        let port: Int
        if let requested {
            guard ports.contains(requested) else { throw .noSuchPort(requested, portCount: portCount) }
            if let occupant = assignments[requested] { throw .portInUse(requested, by: occupant) }
            port = requested
        } else {
            guard let free = freePorts.first else {
                throw .noFreePort(activeLimit: activeLimit, active: Array(assignments.values))
            }
            port = free
        }
        assignments[port] = spbId
        return port
    }

    /// Frees the port of `spbId`; returns it, or `nil` when the bundle had none.
    @discardableResult
    public mutating func release(_ spbId: SpbId) -> Int? {
        guard let port = port(of: spbId) else { return nil }
        assignments[port] = nil
        return port
    }
}
