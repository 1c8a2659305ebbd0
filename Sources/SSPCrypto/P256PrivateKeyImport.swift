import Crypto
import Foundation

/// Reads a P-256 private scalar from the forms SGP.26 and OpenSSL produce, checking the curve.
///
/// swift-crypto's own DER/PEM readers ignore the curve named in the key, so a brainpoolP256r1 key (SGP.26
/// ships both curves side by side) would load silently as a wrong P-256 key; this reader refuses it.
///
/// ```
/// ECPrivateKey ::= SEQUENCE {                         -- SEC 1 / RFC 5915
///     version        INTEGER { ecPrivkeyVer1(1) },
///     privateKey     OCTET STRING,
///     parameters [0] ECParameters {{ NamedCurve }} OPTIONAL,
///     publicKey  [1] BIT STRING OPTIONAL }
///
/// PrivateKeyInfo ::= SEQUENCE {                       -- PKCS #8 / RFC 5208, RFC 5958
///     version                   INTEGER,
///     privateKeyAlgorithm       AlgorithmIdentifier,  -- id-ecPublicKey, namedCurve
///     privateKey                OCTET STRING,         -- DER of ECPrivateKey
///     attributes           [0]  Attributes OPTIONAL,
///     publicKey            [1]  BIT STRING OPTIONAL }
/// ```
enum P256PrivateKeyImport {
    /// DER of OBJECT IDENTIFIER 1.2.840.10045.3.1.7 (prime256v1 / secp256r1).
    static let prime256v1: [UInt8] = [0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07]
    /// DER of OBJECT IDENTIFIER 1.2.840.10045.2.1 (id-ecPublicKey).
    static let idECPublicKey: [UInt8] = [0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01]

    /// A private scalar and the public point the key file claims for it, if any.
    struct Parsed {
        var scalar: [UInt8]
        var claimedPublicPoint: [UInt8]?
    }

    static func fromPEM(_ text: String) throws -> Parsed {
        let blocks = try PEMBlock.parseAll(text)
        if let parameters = blocks.first(where: { $0.label == "EC PARAMETERS" }) {
            guard parameters.derBytes == prime256v1 else {
                throw SSPCryptoError.invalidPrivateKey(reason: "PEM 'EC PARAMETERS' name a curve other than P-256")
            }
        }
        let keys = blocks.filter { $0.label == "EC PRIVATE KEY" || $0.label == "PRIVATE KEY" }
        guard keys.count == 1, let key = keys.first else {
            throw SSPCryptoError.invalidPrivateKey(
                reason: "expected one 'EC PRIVATE KEY' or 'PRIVATE KEY' PEM block, found \(keys.count)")
        }
        return key.label == "PRIVATE KEY" ? try fromPKCS8(key.derBytes) : try fromSEC1(key.derBytes)
    }

    /// PKCS #8 first, then SEC 1: the outer SEQUENCE's second element tells them apart.
    static func fromDER(_ der: [UInt8]) throws -> Parsed {
        var outer = DERReader(der[...], context: "private key")
        var fields = DERReader(try outer.read(tag: 0x30, "private key SEQUENCE"), context: "private key")
        _ = try fields.read(tag: 0x02, "version")
        let second = try fields.read()
        return second.tag == 0x30 ? try fromPKCS8(der) : try fromSEC1(der)
    }

    static func fromSEC1(_ der: [UInt8]) throws -> Parsed {
        var outer = DERReader(der[...], context: "ECPrivateKey")
        var fields = DERReader(try outer.read(tag: 0x30, "ECPrivateKey"), context: "ECPrivateKey")
        try outer.finish()
        guard try fields.read(tag: 0x02, "version").elementsEqual([1]) else {
            throw SSPCryptoError.invalidPrivateKey(reason: "ECPrivateKey version is not 1")
        }
        let scalar = try fields.read(tag: 0x04, "privateKey")
        if let parameters = try fields.readIfPresent(tag: 0xA0) {
            guard parameters.elementsEqual(prime256v1) else {
                throw SSPCryptoError.invalidPrivateKey(reason: "ECPrivateKey names a curve other than P-256")
            }
        }
        var claimedPoint: [UInt8]?
        if let publicKey = try fields.readIfPresent(tag: 0xA1) {
            claimedPoint = try bitStringPoint(publicKey, context: "ECPrivateKey publicKey")
        }
        try fields.finish()
        return Parsed(scalar: try paddedScalar(scalar), claimedPublicPoint: claimedPoint)
    }

    static func fromPKCS8(_ der: [UInt8]) throws -> Parsed {
        var outer = DERReader(der[...], context: "PrivateKeyInfo")
        var fields = DERReader(try outer.read(tag: 0x30, "PrivateKeyInfo"), context: "PrivateKeyInfo")
        try outer.finish()
        let version = try fields.read(tag: 0x02, "version")
        guard version.elementsEqual([0]) || version.elementsEqual([1]) else {
            throw SSPCryptoError.invalidPrivateKey(reason: "PrivateKeyInfo version is not 0 or 1")
        }
        var algorithm = DERReader(try fields.read(tag: 0x30, "privateKeyAlgorithm"), context: "AlgorithmIdentifier")
        guard try algorithm.read(tag: 0x06, "algorithm").elementsEqual(idECPublicKey.dropFirst(2)) else {
            throw SSPCryptoError.invalidPrivateKey(reason: "PrivateKeyInfo is not an EC key (id-ecPublicKey)")
        }
        guard try algorithm.read(tag: 0x06, "namedCurve").elementsEqual(prime256v1.dropFirst(2)) else {
            throw SSPCryptoError.invalidPrivateKey(reason: "PrivateKeyInfo names a curve other than P-256")
        }
        try algorithm.finish()
        var parsed = try fromSEC1(Array(try fields.read(tag: 0x04, "privateKey")))
        _ = try fields.readIfPresent(tag: 0xA0)
        if let publicKey = try fields.readIfPresent(tag: 0x81) {
            let point = try bitStringContent(publicKey, context: "PrivateKeyInfo publicKey")
            if let inner = parsed.claimedPublicPoint, inner != point {
                throw SSPCryptoError.invalidPrivateKey(reason: "PrivateKeyInfo carries two different public keys")
            }
            parsed.claimedPublicPoint = point
        }
        try fields.finish()
        return parsed
    }

    /// The content of `[1] { BIT STRING }` (explicitly tagged in ECPrivateKey).
    private static func bitStringPoint(_ explicit: ArraySlice<UInt8>, context: String) throws -> [UInt8] {
        var reader = DERReader(explicit, context: context)
        let bits = try reader.read(tag: 0x03, "BIT STRING")
        try reader.finish()
        return try bitStringContent(bits, context: context)
    }

    private static func bitStringContent(_ bits: ArraySlice<UInt8>, context: String) throws -> [UInt8] {
        guard bits.first == 0, bits.count > 1 else {
            throw SSPCryptoError.malformedDER(context: "\(context): BIT STRING is empty or has unused bits")
        }
        return Array(bits.dropFirst())
    }

    /// The 32-byte scalar; shorter encodings are left-padded, as some encoders drop leading zeros.
    static func paddedScalar(_ bytes: some Collection<UInt8>) throws -> [UInt8] {
        guard bytes.count <= 32, !bytes.isEmpty else {
            throw SSPCryptoError.invalidLength(what: "P-256 private key", expected: 32, actual: bytes.count)
        }
        return [UInt8](repeating: 0, count: 32 - bytes.count) + bytes
    }
}
