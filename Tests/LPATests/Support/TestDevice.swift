import APDU
import EUICC
import Foundation
import LPA
import SGP22
import SSPPKI

/// A virtual device for one test: an eUICC in a temporary SQLite file behind an APDU dispatcher, reached through
/// an in-process connection and the LPA's ES10 transport, exactly as `ssp device` wires it.
struct TestDevice {
    let directory: URL
    let card: EUICC
    let dispatcher: APDUDispatcher
    let transport: ES10Transport
    let client: ES10Client

    var cardURL: URL { directory.appendingPathComponent("card.sqlite") }

    /// A new card whose identity `hierarchy`'s EUM issued for `eid`, trusting `hierarchy`'s CI.
    static func make(hierarchy: TestHierarchy, eid: String? = nil) async throws -> TestDevice {
        let directory = try TestFolders.temporary("lpa-device")
        let euicc: IssuedIdentity
        if let eid {
            euicc = try PKIBuilder().euicc(eid: eid, commonName: "Test eUICC", issuer: hierarchy.eum)
        } else {
            euicc = hierarchy.euicc
        }
        let identity = try EUICCIdentity(
            certificate: euicc.parsed, privateKey: euicc.privateKey, eumCertificate: hierarchy.eum.parsed)
        let card = try EUICC.create(
            at: directory.appendingPathComponent("card.sqlite"), identity: identity,
            trustedIssuers: [try TrustedCertificateIssuer(certificate: hierarchy.ci.parsed)])
        return try await connect(card, directory: directory)
    }

    /// The same card file opened again (a device restart).
    func reopened() async throws -> TestDevice {
        try await Self.connect(try EUICC.open(at: cardURL), directory: directory)
    }

    private static func connect(_ card: EUICC, directory: URL) async throws -> TestDevice {
        let dispatcher = APDUDispatcher(applications: card.applications)
        let transport = try ES10Transport(connection: InProcessCardConnection(card: dispatcher))
        try await transport.open()
        return TestDevice(
            directory: directory, card: card, dispatcher: dispatcher, transport: transport,
            client: ES10Client(transport: transport))
    }
}
