import SPB
import Testing

@testable import ISSP

@Suite("Modem ports and the active limit")
struct ModemPortTableTests {
    @Test("Bundles take the lowest free port until the limit, then 'no free port'")
    func limit() throws {
        var table = ModemPortTable(portCount: 3, activeLimit: 2)
        let (a, b, c) = (SpbId.random(), SpbId.random(), SpbId.random())
        #expect(try table.assign(a) == 1)
        #expect(try table.assign(b) == 2)
        #expect(table.freePorts.isEmpty)
        do {
            try table.assign(c)
            Issue.record("a third bundle got a port beyond the limit")
        } catch {
            guard case .noFreePort(let limit, let active) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(limit == 2)
            #expect(Set(active) == [a, b])
            #expect(error.description.contains("no free port"))
        }
        #expect(table.release(a) == 1)
        #expect(try table.assign(c, to: 3) == 3)
        #expect(table.port(of: c) == 3)
        #expect(table.bundle(on: 2) == b)
    }

    @Test("Requested ports are checked")
    func requestedPorts() throws {
        var table = ModemPortTable(limits: PlatformLimits(maximumActiveBundles: 2, modemPorts: 2))
        let (a, b) = (SpbId.random(), SpbId.random())
        try table.assign(a, to: 2)
        #expect(throws: ModemPortError.portInUse(2, by: a)) { try table.assign(b, to: 2) }
        #expect(throws: ModemPortError.noSuchPort(5, portCount: 2)) { try table.assign(b, to: 5) }
        #expect(throws: ModemPortError.alreadyAssigned(a, port: 2)) { try table.assign(a) }
        #expect(table.release(b) == nil)
    }
}
