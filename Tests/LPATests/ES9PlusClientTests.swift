import Foundation
import SGP22
import Testing

@testable import LPA

/// The ES9+ client's own behaviour, without a server: URLs, addresses, unreachable servers.
@Suite("ES9+ client")
struct ES9PlusClientTests {
    @Test("the URL is https://<address>/gsma/rsp2/es9plus/<function>")
    func urls() throws {
        #expect(try ES9PlusClient.url(for: .initiateAuthentication, at: "smdp.example.com").absoluteString
            == "https://smdp.example.com/gsma/rsp2/es9plus/initiateAuthentication")
        #expect(try ES9PlusClient.url(for: .handleNotification, at: "localhost:8443").absoluteString
            == "https://localhost:8443/gsma/rsp2/es9plus/handleNotification")
    }

    @Test("addresses that are not host[:port] are refused before anything is sent")
    func badAddresses() {
        for address in ["", "  ", "https://smdp.example.com", "smdp.example.com/path", "a b", "smdp?x", "user@host",
            "smdp.exämple.com"]
        {
            #expect(throws: ES9PlusError.self, "\(address)") {
                try ES9PlusClient.url(for: .cancelSession, at: address)
            }
        }
    }

    @Test("a closed port is unreachable, and says so")
    func unreachable() async throws {
        let error = try await ES9PlusClient.withClient(.init(trust: .systemRoots, connectTimeoutSeconds: 2)) { client in
            await #expect(throws: ES9PlusError.self) {
                try await client.handleNotification([0x30, 0x00], at: "localhost:1")
            }
        }
        guard case .unreachable(.handleNotification, "localhost:1", _)? = error else {
            Issue.record("expected unreachable, got \(String(describing: error))")
            return
        }
        #expect(error?.isServerUnavailable == true)
        #expect(error?.description.contains("could not be reached") == true)
    }
}
