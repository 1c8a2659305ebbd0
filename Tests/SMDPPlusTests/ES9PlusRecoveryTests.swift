import Foundation
import SGP22
import SMDPPlus
import Testing

/// Restarts, retries, races and cancellations: the SM-DP+ carries on from its database and never gives a profile
/// twice.
@Suite("ES9+ recovery and concurrency")
struct ES9PlusRecoveryTests {
    @Test("a server restarted between AuthenticateClient and GetBoundProfilePackage continues the session")
    func restartMidSession() async throws {
        try await TestLab.with { lab in
            let first = try await lab.start()
            try await lab.importTS48(into: first)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (iccid, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            let authenticated = try await lab.authenticate(device, matchingId: matchingId).outcome.executed()
            try await first.stop()

            let second = try await lab.start()
            let bound = try await lab.getPackage(device, authenticated: authenticated).outcome.executed()
            let result = try await device.load(boundProfilePackage: bound.boundProfilePackage)
            #expect(try await lab.handleNotification(result) == 204)
            #expect(try await second.storage.profile(iccid: iccid)?.state == .installed)
            #expect(try await device.card.installedProfiles().map(\.iccid) == [iccid])
            try await second.stop()
        }
    }

    @Test("the same GetBoundProfilePackage sent twice at once gets one package, twice")
    func concurrentRetryOfOneSession() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (iccid, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            let authenticated = try await lab.authenticate(device, matchingId: matchingId).outcome.executed()
            let prepared = try await device.prepareDownload(authenticated)
            let request = ES9Plus.GetBoundProfilePackageRequest(
                transactionId: authenticated.transactionId, prepareDownloadResponse: prepared)
            async let one = lab.es9(request)
            async let two = lab.es9(request)
            let (a, b) = try await (one.executed(), two.executed())
            #expect(a.boundProfilePackage == b.boundProfilePackage)
            let third = try await lab.es9(request).executed()
            #expect(third.boundProfilePackage == a.boundProfilePackage)
            #expect(try await server.storage.profile(iccid: iccid)?.state == .downloaded)
            let result = try await device.load(boundProfilePackage: a.boundProfilePackage)
            #expect(try await lab.handleNotification(result) == 204)
            #expect(try await server.storage.profile(iccid: iccid)?.state == .installed)
            try await server.stop()
        }
    }

    @Test("two sessions for one order racing for the package: one wins, the other is refused")
    func concurrentSessionsOfOneOrder() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (iccid, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            let first = try await lab.authenticate(device, matchingId: matchingId).outcome.executed()
            let firstPrepared = try await device.prepareDownload(first)
            let second = try await lab.authenticate(device, matchingId: matchingId).outcome.executed()
            let secondPrepared = try await device.prepareDownload(second)

            async let one = lab.es9(
                ES9Plus.GetBoundProfilePackageRequest(
                    transactionId: first.transactionId, prepareDownloadResponse: firstPrepared))
            async let two = lab.es9(
                ES9Plus.GetBoundProfilePackageRequest(
                    transactionId: second.transactionId, prepareDownloadResponse: secondPrepared))
            let outcomes = try await [one, two]
            let winners = outcomes.compactMap(\.body)
            #expect(winners.count == 1)
            #expect(outcomes.compactMap(\.failureCode).map(\.pair) == ["8.2/3.7"])
            let order = try #require(try await server.storage.order(matchingId: matchingId))
            #expect(order.binding?.boundProfilePackage == winners.first?.boundProfilePackage)
            #expect(try await server.storage.profile(iccid: iccid)?.state == .downloaded)
            try await server.stop()
        }
    }

    @Test("two eUICCs racing for an order without EID: the first binds it, the second is refused")
    func twoCardsOneOrder() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let cardA = try await TestDevice.make(hierarchy: lab.hierarchy)
            let cardB = try await TestDevice.make(
                hierarchy: lab.hierarchy, euicc: try TestDevice.issueSecondEUICC(in: lab.hierarchy, number: 2))
            #expect(cardA.eid != cardB.eid)
            let (_, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            async let a = lab.authenticate(cardA, matchingId: matchingId)
            async let b = lab.authenticate(cardB, matchingId: matchingId)
            let outcomes = try await [a.outcome, b.outcome]
            #expect(outcomes.compactMap(\.body).count == 1)
            #expect(outcomes.compactMap(\.failureCode).map(\.pair) == ["8.1.1/3.8"])
            let order = try #require(try await server.storage.order(matchingId: matchingId))
            #expect(order.eid == cardA.eid || order.eid == cardB.eid)
            try await server.stop()
        }
    }

    @Test("a retry after a lost package reuses the eUICC's key and the same protected profile")
    func retryWithRetainedKey() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (iccid, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            let first = try await lab.authenticate(device, matchingId: matchingId).outcome.executed()
            let lost = try await lab.getPackage(device, authenticated: first).outcome.executed()

            let retry = try await lab.authenticate(device, matchingId: matchingId).outcome.executed()
            let announced = try SmdpSigned2(derBytes: retry.smdpSigned2).bppEuiccOtpk
            let lostPackage = try BoundProfilePackage(derBytes: lost.boundProfilePackage)
            #expect(announced != nil)
            let again = try await lab.getPackage(device, authenticated: retry).outcome.executed()
            let package = try BoundProfilePackage(derBytes: again.boundProfilePackage)
            #expect(package.initialiseSecureChannelRequest.transactionId == retry.transactionId)
            #expect(
                package.initialiseSecureChannelRequest.smdpOtpk == lostPackage.initialiseSecureChannelRequest.smdpOtpk)
            #expect(package.sequenceOf86 == lostPackage.sequenceOf86)
            let result = try await device.load(boundProfilePackage: again.boundProfilePackage)
            #expect(try await lab.handleNotification(result) == 204)
            #expect(try await server.storage.profile(iccid: iccid)?.state == .installed)
            try await server.stop()
        }
    }

    @Test("a retry whose eUICC lost its key is bound anew, or refused when rebinding is off")
    func retryWithNewKey() async throws {
        for rebinds in [true, false] {
            try await TestLab.with(configure: { $0.rebindsOnNewEUICCKey = rebinds }) { lab in
                let server = try await lab.start()
                try await lab.importTS48(into: server)
                let device = try await TestDevice.make(hierarchy: lab.hierarchy)
                let (iccid, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
                let first = try await lab.authenticate(device, matchingId: matchingId).outcome.executed()
                let lost = try await lab.getPackage(device, authenticated: first).outcome.executed()
                await device.card.resetSession()

                let retry = try await lab.authenticate(device, matchingId: matchingId).outcome.executed()
                let outcome = try await lab.getPackage(device, authenticated: retry).outcome
                if rebinds {
                    let again = try outcome.executed()
                    #expect(again.boundProfilePackage != lost.boundProfilePackage)
                    let result = try await device.load(boundProfilePackage: again.boundProfilePackage)
                    #expect(try await lab.handleNotification(result) == 204)
                    #expect(try await server.storage.profile(iccid: iccid)?.state == .installed)
                } else {
                    #expect(outcome.failureCode?.pair == "8.2/3.7")
                    #expect(try await server.storage.profile(iccid: iccid)?.state == .downloaded)
                }
                try await server.stop()
            }
        }
    }

    @Test("CancelSession: postponed keeps the order for a retry; end-user rejection ends it")
    func cancelSession() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            let profiles = try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)

            let (postponedICCID, postponed) = try await lab.order(iccid: profiles[0].iccid)
            let authenticated = try await lab.authenticate(device, matchingId: postponed).outcome.executed()
            _ = try await lab.getPackage(device, authenticated: authenticated).outcome.executed()
            let cancellation = try await device.cancelSession(authenticated.transactionId, reason: .postponed)
            var request = ES9Plus.CancelSessionRequest(
                transactionId: authenticated.transactionId, cancelSessionResponse: cancellation)
            var tampered = request
            tampered.cancelSessionResponse[tampered.cancelSessionResponse.count - 3] ^= 0x01
            #expect(try await lab.es9(tampered).failureCode?.pair == "8.1/6.1")
            _ = try await lab.es9(request).executed()
            #expect(try await lab.es9(request).failureCode?.pair == "8.10.1/3.9")
            #expect(try await server.storage.profile(iccid: postponedICCID)?.state == .released)
            try await lab.download(device, matchingId: postponed)
            #expect(try await server.storage.profile(iccid: postponedICCID)?.state == .installed)

            let (rejectedICCID, rejected) = try await lab.order(iccid: profiles[1].iccid)
            let second = try await lab.authenticate(device, matchingId: rejected).outcome.executed()
            request = ES9Plus.CancelSessionRequest(
                transactionId: second.transactionId,
                cancelSessionResponse: try await device.cancelSession(second.transactionId, reason: .endUserRejection))
            _ = try await lab.es9(request).executed()
            #expect(try await server.storage.profile(iccid: rejectedICCID)?.state == .error)
            #expect(try await server.storage.order(matchingId: rejected)?.status == .terminated)
            #expect(try await lab.authenticate(device, matchingId: rejected).outcome.failureCode?.pair == "8.2.6/3.8")
            let unknown = try await lab.es9(
                ES9Plus.CancelSessionRequest(
                    transactionId: try TransactionId(bytes: [1, 2, 3]), cancelSessionResponse: cancellation))
            #expect(unknown.failureCode?.pair == "8.10.1/3.9")
            try await server.stop()
        }
    }

    @Test("a failed installation puts the profile back for a retry; notifications are verified and recorded")
    func installationFailureAndNotifications() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (iccid, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            let authenticated = try await lab.authenticate(device, matchingId: matchingId).outcome.executed()
            let bound = try await lab.getPackage(device, authenticated: authenticated).outcome.executed()
            // A profile segment damaged on the way: the card refuses it and reports the failure.
            var segments = try BoundProfilePackage(derBytes: bound.boundProfilePackage).segments()
            let last = segments.count - 1
            segments[last][segments[last].count - 1] ^= 0x01
            var failure: [UInt8] = []
            for segment in segments {
                failure = try await device.transport.transmitES10(segment)
                if !failure.isEmpty { break }
            }
            let result = try ProfileInstallationResult(derBytes: failure)
            guard case .errorResult = result.profileInstallationResultData.finalResult else {
                Issue.record("the card accepted a damaged segment")
                return
            }
            #expect(try await lab.handleNotification(failure) == 204)
            #expect(try await server.storage.profile(iccid: iccid)?.state == .released)
            #expect(try await server.storage.notifications(eid: device.eid).first?.success == false)

            // The same activation code works again, and the card's notifications reach the SM-DP+.
            try await lab.download(device, matchingId: matchingId)
            #expect(try await server.storage.profile(iccid: iccid)?.state == .installed)
            _ = try await device.send(
                EnableProfileRequest(profileIdentifier: .iccid(iccid.wireValue), refreshFlag: false))
            for notification in try await device.pendingNotifications() {
                #expect(try await lab.handleNotification(notification) == 204)
            }
            let recorded = try await server.storage.notifications(eid: device.eid)
            #expect(recorded.contains { $0.kind == .otherSignedNotification && $0.iccid == iccid })

            // A notification whose signature does not verify is dropped.
            let enabled = try #require(try await device.pendingNotifications().last)
            guard case .otherSignedNotification(var other) = try PendingNotification(derBytes: enabled) else {
                throw TestFailure("the last notification is not the enable notification")
            }
            other.euiccNotificationSignature[5] ^= 0x01
            let forged = try PendingNotification.otherSignedNotification(other).derBytes()
            let before = recorded.count
            #expect(try await lab.handleNotification(forged) == 204)
            #expect(try await server.storage.notifications(eid: device.eid).count == before)
            let garbage = try await lab.post(
                ES9PlusFunction.handleNotification.path,
                body: Array(
                    try RSPJSON.encode(ES9Plus.HandleNotificationRequest(pendingNotification: [0xBF, 0x37, 0x05]))))
            #expect(try garbage.failure().statusCodeData?.pair == "1.6/2.1")
            try await server.stop()
        }
    }
}
