import Crypto

/// Public keys as SGP.22 carries them: the uncompressed point '04' ‖ X ‖ Y (65 bytes) in '5F49'
/// (euiccOtpk, smdpOtpk) and in certificates' subjectPublicKey.
enum UncompressedPoint {
    static let byteCount = 65

    /// Checks the form before handing the bytes to swift-crypto, which also verifies the point is on the curve.
    static func validated(_ point: some Collection<UInt8>) throws -> [UInt8] {
        let bytes = Array(point)
        guard bytes.count == byteCount else {
            throw SSPCryptoError.invalidPublicKey(
                reason: "uncompressed point must be 65 bytes ('04' ‖ X ‖ Y), got \(bytes.count)")
        }
        guard bytes[0] == 0x04 else {
            throw SSPCryptoError.invalidPublicKey(reason: "point does not start with '04' (uncompressed form)")
        }
        return bytes
    }
}

extension P256.Signing.PublicKey {
    /// Imports a public key from the uncompressed point '04' ‖ X ‖ Y.
    public init(uncompressedPoint point: some Collection<UInt8>) throws {
        let bytes = try UncompressedPoint.validated(point)
        do {
            try self.init(x963Representation: bytes)
        } catch {
            throw SSPCryptoError.invalidPublicKey(reason: "point is not on the P-256 curve (\(error))")
        }
    }

    /// The uncompressed point '04' ‖ X ‖ Y.
    public var uncompressedPoint: [UInt8] { Array(x963Representation) }
}

extension P256.KeyAgreement.PublicKey {
    /// Imports a one-time public key (otPK.EUICC.KA / otPK.DP.KA) from the uncompressed point '04' ‖ X ‖ Y.
    public init(uncompressedPoint point: some Collection<UInt8>) throws {
        let bytes = try UncompressedPoint.validated(point)
        do {
            try self.init(x963Representation: bytes)
        } catch {
            throw SSPCryptoError.invalidPublicKey(reason: "point is not on the P-256 curve (\(error))")
        }
    }

    /// The uncompressed point '04' ‖ X ‖ Y, as sent in '5F49'.
    public var uncompressedPoint: [UInt8] { Array(x963Representation) }
}
