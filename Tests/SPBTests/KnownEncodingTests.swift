import SGP22
import SPB
import SwiftASN1
import Testing

/// Encodings cross-checked with an independent ASN.1 compiler: the module text compiled by asn1tools 0.169
/// (DER codec) encoded these values, and the Swift types must produce and read the same bytes. This pins the
/// tag map and every component's tag to the module text. (During development every message the Swift types
/// produce, certificates included, was also decoded and re-encoded by asn1tools with the PKIX modules from
/// `shared/data/asn1`, byte for byte; the vectors here are the certificate-free ones.)
@Suite("Encodings agree with the ASN.1 module compiled by asn1tools")
struct KnownEncodingTests {
    static let signature = [UInt8](repeating: 0x11, count: 64)

    @Test("SpbMetadata (BFA200)")
    func metadata() throws {
        let vector = SPBTestSupport.hex(
            "bfa2006c8010000102030405060708090a0b0c0d0e0fa10c8002000181068837981f0401820100830a526564204d6f62696c65"
                + "840852656420486f6d65850101860489504e4787010188021000890a980010325476981032148a035265648b107370626d"
                + "2e6578616d706c652e636f6d")
        #expect(try SPBTestSupport.standaloneMetadata().derBytes() == vector)
        #expect(try SpbMetadata(derBytes: vector) == SPBTestSupport.standaloneMetadata())
    }

    @Test("SpbStateChangeNotification (BFA204)")
    func stateChangeNotification() throws {
        let vector = SPBTestSupport.hex(
            "bfa204819830538001078110000102030405060708090a0b0c0d0e0f82010283107370626d2e6578616d706c652e636f6d84"
                + "27353541412d304633432d394432312d374234302d453641382d314335462d334239322d443037345f3740"
                + String(repeating: "11", count: 64))
        let value = SpbStateChangeNotification(
            notificationData: SpbStateChangeNotificationData(
                seqNumber: 7, spbId: SPBTestSupport.spbId, newState: .active, spbmAddress: "spbm.example.com",
                platformId: try SPBTestSupport.platformId),
            spblSignature: Self.signature)
        #expect(try value.derBytes() == vector)
        #expect(try SpbStateChangeNotification(derBytes: vector) == value)
    }

    @Test("HandleSpbNotificationRequest (BFA104) wraps the notification in an explicit A0")
    func handleNotification() throws {
        let notification = SpbStateChangeNotification(
            notificationData: SpbStateChangeNotificationData(
                seqNumber: 7, spbId: SPBTestSupport.spbId, newState: .active, spbmAddress: "spbm.example.com",
                platformId: try SPBTestSupport.platformId),
            spblSignature: Self.signature)
        let request = HandleSpbNotificationRequest(pendingNotification: .spbStateChangeNotification(notification))
        let bytes = try request.derBytes()
        #expect(bytes == SPBTestSupport.hex("bfa10481a0a0819d") + (try notification.derBytes()))
        #expect(try HandleSpbNotificationRequest(derBytes: bytes) == request)
    }

    @Test("SpbStateChangeResponse error alternative (BFA005 80)")
    func stateChangeError() throws {
        let vector = SPBTestSupport.hex("bfa00503800113")
        #expect(try SpbStateChangeResponse.spbStateChangeError(.invalidStateTransition).derBytes() == vector)
        #expect(try SpbStateChangeResponse(derBytes: vector) == .spbStateChangeError(.invalidStateTransition))
    }

    @Test("SpbInstallationResult (BFA203) with the installed alternative under an explicit [4]")
    func installationResult() throws {
        let vector = SPBTestSupport.hex(
            "bfa203819f305a80040102030481010382107370626d2e6578616d706c652e636f6d8310000102030405060708090a0b0c0d0e"
                + "0fa40280008527353541412d304633432d394432312d374234302d453641382d314335462d334239322d443037345f3740"
                + String(repeating: "11", count: 64))
        let value = SpbInstallationResult(
            spbInstallationResultData: SpbInstallationResultData(
                transactionId: try SPBTestSupport.transactionId, seqNumber: 3, spbmAddress: "spbm.example.com",
                spbId: SPBTestSupport.spbId, outcome: .installed, platformId: try SPBTestSupport.platformId),
            spblSignature: Self.signature)
        #expect(try value.derBytes() == vector)
        #expect(try SpbInstallationResult(derBytes: vector) == value)
    }

    @Test("SpbFallbackMessage (BFA202) carrying an SGP.22 activation code")
    func fallbackMessage() throws {
        let vector = SPBTestSupport.hex(
            "bfa20238800101811e4c50413a3124736d64702e6578616d706c652e636f6d244142432d313233821355736520616e206553"
                + "494d20696e7374656164")
        let value = SpbFallbackMessage(
            reason: .noInteroperableSpb,
            rspActivationCode: try ActivationCode("LPA:1$smdp.example.com$ABC-123"),
            message: "Use an eSIM instead")
        #expect(try value.derBytes() == vector)
        #expect(try SpbFallbackMessage(derBytes: vector) == value)
    }

    @Test("Small requests: ListSpbs, CancelSpbSession, GetBoundSpb")
    func smallRequests() throws {
        #expect(try ListSpbsRequest(telecomBundleClass: .rsp).derBytes() == SPBTestSupport.hex("bfa00403810101"))
        #expect(
            try CancelSpbSessionRequest(transactionId: TransactionId(bytes: [0xAA, 0xBB]), reason: .endUserRejection)
                .derBytes() == SPBTestSupport.hex("bfa006078002aabb810100"))
        #expect(
            try GetBoundSpbRequest(transactionId: SPBTestSupport.transactionId).derBytes()
                == SPBTestSupport.hex("bfa10306800401020304"))
        #expect(try GetSpblInfoRequest().derBytes() == SPBTestSupport.hex("bfa00000"))
    }

    @Test("SpbImageContent with a Standalone bundle (A0)")
    func standaloneContent() throws {
        let vector = SPBTestSupport.hex(
            "a04b800a98001032547698103214810f3030313031303132333435363738398210000000000000000000000000000000008310"
                + "010101010101010101010101010101018503526564860300f110")
        let value = SpbImageContent.standaloneBundleImage(try SPBTestSupport.standaloneImage())
        #expect(try value.derBytes() == vector)
        #expect(try SpbImageContent(derBytes: vector) == value)
    }

    @Test("The standard Milenage constants")
    func milenage() throws {
        let vector = SPBTestSupport.hex(
            "306980100000000000000000000000000000000081100000000000000000000000000000000182100000000000000000000000"
                + "000000000283100000000000000000000000000000000484100000000000000000000000000000000885014086010087"
                + "0120880140890160")
        #expect(try MilenageConstants.standard.derBytes() == vector)
        #expect(try MilenageConstants(derBytes: vector) == .standard)
    }
}
