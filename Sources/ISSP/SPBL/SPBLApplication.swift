import APDU
import SPB

/// The SPB Loader as an application of the platform's APDU dispatcher, at `Si3Interface.spblAID`: each Si3
/// request arrives as one complete STORE DATA payload and is answered with its DER response.
public struct SPBLApplication: CardApplication {
    /// The platform the SPBL installs into.
    public let platform: ISSPPlatform

    public var aid: [UInt8] { Si3Interface.spblAID }

    /// Passes one reassembled Si3 request to the platform.
    public func handleStoreData(_ command: [UInt8]) async throws -> [UInt8] {
        try await platform.handleSi3(command)
    }
}
