import SGP22
import Testing

extension TestCard {
    /// Installs a small test Profile for each ICCID body; fails the test if one is refused.
    @discardableResult
    func install(
        _ bodies: [String], profileClass: ProfileClass = .operational, rules: PprIds? = nil
    ) async throws -> [ICCID] {
        let smdp = TestSMDPPlus(hierarchy: hierarchy)
        var iccids: [ICCID] = []
        for body in bodies {
            let iccid = try ICCID.make(body: body)
            let outcome = try await download(
                smdp, metadata: try TestSMDPPlus.metadata(iccid: iccid, profileClass: profileClass, rules: rules),
                package: try TestProfilePackage.make(iccid: iccid))
            #expect(outcome.isSuccess, "install \(body)")
            iccids.append(iccid)
        }
        return iccids
    }

    /// Removes every pending notification (as an LPA does after delivering them).
    func clearNotifications() async throws {
        for notification in try await notifications() {
            _ = try await call(
                NotificationSentRequest(seqNumber: notification.seqNumber), expecting: NotificationSentResponse.self)
        }
    }

    func state(of iccid: ICCID) async throws -> ProfileState? {
        try await profiles(.iccid(iccid.wireValue)).first?.profileState
    }
}
