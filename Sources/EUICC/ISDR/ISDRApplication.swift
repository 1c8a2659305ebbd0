import APDU

/// The ISD-R (`A0000005591010FFFFFFFF8900000100`) as an application of the APDU layer: every ES10a/b/c
/// command, and each segment of a Bound Profile Package, arrives here as one complete STORE DATA payload.
public struct ISDRApplication: CardApplication {
    /// The card the ISD-R belongs to.
    public let card: EUICC

    public var aid: [UInt8] { WellKnownAID.isdR }

    /// Passes one reassembled STORE DATA command to the card and returns its response.
    public func handleStoreData(_ command: [UInt8]) async throws -> [UInt8] {
        try await card.handleES10(command)
    }
}
