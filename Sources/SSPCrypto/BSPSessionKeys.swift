import Crypto

/// The key material of a BSP (SCP03t) session: S-ENC, S-MAC and the initial MAC chaining value, all
/// 16 bytes (AES-128). Either derived from the ECKA shared secret (SGP.22 section 2.6.4.2), or the
/// PPK-ENC / PPK-MAC / initialMacChainingValue that a ReplaceSessionKeys command installs.
public struct BSPSessionKeys: Hashable, Sendable {
    /// Key length of every BSP key and of the MAC chaining value.
    public static let keyByteCount = 16
    /// keyType for AES in the control reference template ('80' = '88').
    public static let aesKeyType: UInt8 = 0x88
    /// keyLength for AES-128 in the control reference template ('81' = '10').
    public static let aes128KeyLength: UInt8 = 0x10

    /// S-ENC (or PPK-ENC): AES-CBC encryption key, also used to derive each segment's ICV.
    public let encryptionKey: [UInt8]
    /// S-MAC (or PPK-MAC): AES-CMAC key.
    public let macKey: [UInt8]
    /// The MAC chaining value the first segment is MACed with.
    public let initialMacChainingValue: [UInt8]

    /// Takes the three 16-byte values.
    public init(
        encryptionKey: some Collection<UInt8>,
        macKey: some Collection<UInt8>,
        initialMacChainingValue: some Collection<UInt8>
    ) throws {
        self.encryptionKey = try Self.checked(encryptionKey, "S-ENC")
        self.macKey = try Self.checked(macKey, "S-MAC")
        self.initialMacChainingValue = try Self.checked(initialMacChainingValue, "initial MAC chaining value")
    }

    /// Derives the session keys from the ECKA shared secret, with swift-crypto's X9.63 KDF (SHA-256).
    ///
    /// - Parameters:
    ///   - sharedSecret: ShS from ``ECKA``.
    ///   - hostID: the hostId of the control reference template ('84' in 'A6').
    ///   - eid: the eUICC's EID (16 bytes).
    public static func derive(
        sharedSecret: SharedSecret,
        hostID: some Collection<UInt8>,
        eid: some Collection<UInt8>
    ) throws -> BSPSessionKeys {
        let info = sharedInfo(hostID: hostID, eid: eid)
        let key = sharedSecret.x963DerivedSymmetricKey(
            using: SHA256.self, sharedInfo: info, outputByteCount: 3 * keyByteCount)
        return try split(key.withUnsafeBytes { Array($0) })
    }

    /// Derives the session keys from the shared secret given as bytes, with ``X963KDF`` (SHA-256).
    public static func derive(
        sharedSecretBytes: some Collection<UInt8>,
        hostID: some Collection<UInt8>,
        eid: some Collection<UInt8>
    ) throws -> BSPSessionKeys {
        let info = sharedInfo(hostID: hostID, eid: eid)
        return try split(
            X963KDF.deriveKey(sharedSecret: sharedSecretBytes, sharedInfo: info, outputByteCount: 3 * keyByteCount))
    }

    /// The KDF's SharedInfo: keyType ‖ keyLength ‖ L(hostId) ‖ hostId ‖ L(EID) ‖ EID, lengths in BER form.
    public static func sharedInfo(
        keyType: UInt8 = aesKeyType,
        keyLength: UInt8 = aes128KeyLength,
        hostID: some Collection<UInt8>,
        eid: some Collection<UInt8>
    ) -> [UInt8] {
        [keyType, keyLength] + BERLength.encode(hostID.count) + hostID + BERLength.encode(eid.count) + eid
    }

    /// KDF output = initial MAC chaining value (16) ‖ S-ENC (16) ‖ S-MAC (16).
    private static func split(_ output: [UInt8]) throws -> BSPSessionKeys {
        let size = keyByteCount
        return try BSPSessionKeys(
            encryptionKey: output[size..<2 * size],
            macKey: output[2 * size..<3 * size],
            initialMacChainingValue: output[0..<size])
    }

    private static func checked(_ bytes: some Collection<UInt8>, _ what: String) throws -> [UInt8] {
        guard bytes.count == keyByteCount else {
            throw SSPCryptoError.invalidLength(what: what, expected: keyByteCount, actual: bytes.count)
        }
        return Array(bytes)
    }
}
