import Foundation
import SGP22
import SMDPPlus
import Testing

/// The operator's interface over HTTPS: orders with and without EID and confirmation code, and the SGP.22 codes of
/// each refusal.
@Suite("ES2+ orders")
struct ES2PlusTests {
    @Test("DownloadOrder by type then ConfirmOrder without EID: allocated, then released with a generated MatchingID")
    func orderWithoutEID() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let ordered = try await lab.es2(
                ES2Plus.DownloadOrderRequest(header: TestLab.header(), profileType: "TS48V1-A-UNIQUE")
            ).executed()
            #expect(try await server.storage.profile(iccid: ordered.iccid)?.state == .allocated)
            let confirmed = try await lab.es2(
                ES2Plus.ConfirmOrderRequest(header: TestLab.header(), iccid: ordered.iccid, releaseFlag: true)
            ).executed()
            #expect(confirmed.eid == nil)
            #expect(confirmed.smdpAddress == lab.address)
            #expect(MatchingIdGenerator.isValid(confirmed.matchingId))
            #expect(confirmed.matchingId.count == 29)
            #expect(try await server.storage.profile(iccid: ordered.iccid)?.state == .released)
            let order = try #require(try await server.storage.order(matchingId: confirmed.matchingId))
            #expect(order.confirmationCodeHash == nil)
            #expect(order.requester == "OPERATOR-1")
            try await server.stop()
        }
    }

    @Test("DownloadOrder with EID and ICCID, ConfirmOrder with a code and no release, then ReleaseProfile")
    func orderWithEIDAndCode() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            let profiles = try await lab.importTS48(into: server)
            let iccid = try #require(profiles.first).iccid
            let eid = try EID.make(prefix30: "890490320000000000000000000012")
            _ = try await lab.es2(ES2Plus.DownloadOrderRequest(header: TestLab.header(), eid: eid, iccid: iccid))
                .executed()
            #expect(try await server.storage.profile(iccid: iccid)?.state == .linked)
            let confirmed = try await lab.es2(
                ES2Plus.ConfirmOrderRequest(
                    header: TestLab.header(), iccid: iccid, matchingId: "MY-ORDER-1", confirmationCode: "9876",
                    releaseFlag: false)
            ).executed()
            #expect(confirmed.eid == eid)
            #expect(confirmed.matchingId == "MY-ORDER-1")
            #expect(try await server.storage.profile(iccid: iccid)?.state == .confirmed)
            let order = try #require(try await server.storage.order(matchingId: "MY-ORDER-1"))
            #expect(order.confirmationCodeHash == ConfirmationCode.hash(of: "9876"))
            _ = try await lab.es2(ES2Plus.ReleaseProfileRequest(header: TestLab.header(), iccid: iccid)).executed()
            #expect(try await server.storage.profile(iccid: iccid)?.state == .released)
            let again = try await lab.es2(ES2Plus.ReleaseProfileRequest(header: TestLab.header(), iccid: iccid))
            #expect(again.failureCode?.pair == "8.2.1/3.5")
            try await server.stop()
        }
    }

    @Test(
        "DownloadOrder refusals: unknown ICCID and type, profile in use, type mismatch, stock exhausted, nothing named")
    func downloadOrderRefusals() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            let profiles = try await lab.importTS48(into: server)
            let first = try #require(profiles.first)
            let header = TestLab.header()
            let unknownICCID = try ICCID.make(body: "894944999999999999")
            #expect(
                try await lab.es2(ES2Plus.DownloadOrderRequest(header: header, iccid: unknownICCID)).failureCode?.pair
                    == "8.2.1/3.9")
            #expect(
                try await lab.es2(ES2Plus.DownloadOrderRequest(header: header, profileType: "NO-SUCH-TYPE"))
                    .failureCode?.pair == "8.2.5/3.9")
            #expect(
                try await lab.es2(
                    ES2Plus.DownloadOrderRequest(header: header, iccid: first.iccid, profileType: "OTHER")
                )
                .failureCode?.pair == "8.2.5/3.8")
            _ = try await lab.es2(ES2Plus.DownloadOrderRequest(header: header, iccid: first.iccid)).executed()
            #expect(
                try await lab.es2(ES2Plus.DownloadOrderRequest(header: header, iccid: first.iccid)).failureCode?.pair
                    == "8.2.1/3.3")
            // Each type has one profile: the first order took it.
            #expect(
                try await lab.es2(ES2Plus.DownloadOrderRequest(header: header, profileType: first.profileType))
                    .failureCode?.pair == "8.2.5/3.7")
            #expect(
                try await lab.es2(ES2Plus.DownloadOrderRequest(header: header)).failureCode?.pair == "1.6/2.3")
            try await server.stop()
        }
    }

    @Test("ConfirmOrder refusals: other operator, other EID, MatchingID in use, bad MatchingID, SM-DS, confirmed twice")
    func confirmOrderRefusals() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            let profiles = try await lab.importTS48(into: server)
            let (a, b) = (profiles[0].iccid, profiles[1].iccid)
            let eid = try EID.make(prefix30: "890490320000000000000000000012")
            let otherEID = try EID.make(prefix30: "890490320000000000000000000013")
            _ = try await lab.es2(ES2Plus.DownloadOrderRequest(header: TestLab.header(), eid: eid, iccid: a)).executed()
            _ = try await lab.es2(ES2Plus.DownloadOrderRequest(header: TestLab.header(), iccid: b)).executed()

            func confirm(_ request: ES2Plus.ConfirmOrderRequest) async throws -> String? {
                try await lab.es2(request).failureCode?.pair
            }
            #expect(
                try await confirm(.init(header: TestLab.header("OPERATOR-2"), iccid: a, releaseFlag: true))
                    == "8.2.1/1.2")
            #expect(
                try await confirm(.init(header: TestLab.header(), iccid: a, eid: otherEID, releaseFlag: true))
                    == "8.1.1/3.10")
            #expect(
                try await confirm(
                    .init(header: TestLab.header(), iccid: a, matchingId: "lower-case", releaseFlag: true))
                    == "1.6/2.1")
            #expect(
                try await confirm(
                    .init(header: TestLab.header(), iccid: a, smdsAddress: "smds.example.com", releaseFlag: true))
                    == "8.9/5.1")
            _ = try await lab.es2(
                ES2Plus.ConfirmOrderRequest(header: TestLab.header(), iccid: a, matchingId: "SAME-1", releaseFlag: true)
            ).executed()
            #expect(
                try await confirm(.init(header: TestLab.header(), iccid: b, matchingId: "SAME-1", releaseFlag: true))
                    == "8.2.6/3.3")
            #expect(try await confirm(.init(header: TestLab.header(), iccid: a, releaseFlag: true)) == "8.2.1/3.3")
            try await server.stop()
        }
    }

    @Test("CancelOrder puts the profile back in stock or withdraws it; wrong associations are refused")
    func cancelOrder() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            let profiles = try await lab.importTS48(into: server)
            let (a, b) = (profiles[0].iccid, profiles[1].iccid)
            let (_, matchingId) = try await lab.order(iccid: a)
            func cancel(
                _ iccid: ICCID, matchingId: String? = nil, eid: EID? = nil, _ final: ES2Plus.FinalProfileStatusIndicator
            )
                async throws -> String?
            {
                try await lab.es2(
                    ES2Plus.CancelOrderRequest(
                        header: TestLab.header(), iccid: iccid, eid: eid, matchingId: matchingId,
                        finalProfileStatusIndicator: final)
                ).failureCode?.pair
            }
            #expect(try await cancel(a, matchingId: "OTHER-ID", .available) == "8.2.6/3.10")
            #expect(try await cancel(a, matchingId: matchingId, .available) == nil)
            #expect(try await server.storage.profile(iccid: a)?.state == .available)
            #expect(try await cancel(a, .available) == "8.2.1/3.5")

            let eid = try EID.make(prefix30: "890490320000000000000000000012")
            _ = try await lab.es2(ES2Plus.DownloadOrderRequest(header: TestLab.header(), eid: eid, iccid: b)).executed()
            #expect(
                try await cancel(b, eid: try EID.make(prefix30: "890490320000000000000000000013"), .unavailable)
                    == "8.2.1/3.10")
            #expect(try await cancel(b, eid: eid, .unavailable) == nil)
            #expect(try await server.storage.profile(iccid: b)?.state == .unavailable)
            // The old MatchingID is used up for good.
            let (transactionId, outcome) = try await lab.authenticate(
                try await TestDevice.make(hierarchy: lab.hierarchy), matchingId: matchingId)
            #expect(outcome.failureCode?.pair == "8.2.6/3.8", "\(transactionId)")
            try await server.stop()
        }
    }

    @Test("an SM-DP+ with a list of operators refuses others as unknown requesters")
    func requesterCheck() async throws {
        try await TestLab.with(configure: { $0.allowedRequesters = ["OPERATOR-1"] }) { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let refused = try await lab.es2(
                ES2Plus.DownloadOrderRequest(header: TestLab.header("INTRUDER"), profileType: "TS48V1-A-UNIQUE"))
            #expect(refused.failureCode?.pair == "1.1/1.1")
            _ = try await lab.es2(
                ES2Plus.DownloadOrderRequest(header: TestLab.header("OPERATOR-1"), profileType: "TS48V1-A-UNIQUE")
            ).executed()
            try await server.stop()
        }
    }

    @Test("ES2+ bodies without a header, with a bad EID or an unknown ICCID")
    func malformedRequests() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let noHeader = try await lab.post(
                ES2PlusFunction.downloadOrder.path, body: Array("{\"profileType\":\"TS48V1-A-UNIQUE\"}".utf8))
            #expect(try noHeader.failure().statusCodeData?.pair == "1.6/2.2")
            #expect(try noHeader.failure().statusCodeData?.subjectIdentifier == "header")
            let emptyCaller = try await lab.post(
                ES2PlusFunction.downloadOrder.path,
                body: Array(
                    "{\"header\":{\"functionRequesterIdentifier\":\"\",\"functionCallIdentifier\":\"1\"}}".utf8))
            #expect(try emptyCaller.failure().statusCodeData?.pair == "1.6/2.1")
            let badEID = try EID("89049032000000000000000000000000", validation: .lenient)
            let refused = try await lab.es2(
                ES2Plus.DownloadOrderRequest(header: TestLab.header(), eid: badEID, profileType: "TS48V1-A-UNIQUE"))
            #expect(refused.failureCode?.pair == "1.6/2.1")
            let unknown = try await lab.es2(
                ES2Plus.ReleaseProfileRequest(
                    header: TestLab.header(), iccid: try ICCID.make(body: "894944999999999999")))
            #expect(unknown.failureCode?.pair == "8.2.1/3.9")
            try await server.stop()
        }
    }
}
