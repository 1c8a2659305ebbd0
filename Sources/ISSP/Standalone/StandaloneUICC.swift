import Foundation
import SGP22
import SPB

/// A Standalone Telecom Bundle running: a classic UICC with one USIM subscription (ICCID, IMSI, Ki, OPc)
/// that answers AUTHENTICATE with Milenage.
public struct StandaloneUICC: Sendable {
    /// The subscription as the image delivered it.
    public let image: StandaloneBundleImage
    /// The USIM's AKA state (Milenage and accepted sequence numbers).
    public private(set) var authenticator: USIMAuthenticator

    /// The UICC of `image`, remembering `sequenceNumbers`.
    public init(image: StandaloneBundleImage, sequenceNumbers: SequenceNumberArray) throws {
        let constants = image.milenageConstants ?? .standard
        let milenage = try Milenage(k: image.ki, opc: image.opc, constants: constants.c, rotations: constants.r)
        self.image = image
        self.authenticator = USIMAuthenticator(milenage: milenage, sequenceNumbers: sequenceNumbers)
    }

    /// The ICCID.
    public var iccid: Iccid { image.iccid }
    /// The IMSI digits.
    public var imsi: String { image.imsi }

    /// Runs AKA for one challenge (see ``USIMAuthenticator/authenticate(rand:autn:)``).
    public mutating func authenticate(rand: [UInt8], autn: [UInt8]) throws -> UICCAuthenticationResult {
        try authenticator.authenticate(rand: rand, autn: autn)
    }

    /// The sequence-number array as the platform file stores it.
    static func encode(_ array: SequenceNumberArray) throws -> String {
        String(decoding: try JSONEncoder().encode(array), as: UTF8.self)
    }

    /// The sequence-number array read back from the platform file.
    static func decode(_ text: String) throws -> SequenceNumberArray {
        try JSONDecoder().decode(SequenceNumberArray.self, from: Data(text.utf8))
    }
}
