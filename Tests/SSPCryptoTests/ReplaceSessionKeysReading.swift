import SSPCrypto
import SwiftASN1

/// Reads the keys out of a decrypted ReplaceSessionKeysRequest with generic ASN.1 nodes (the typed model
/// lives in SGP22; these tests keep to SSPCrypto's own concerns).
///
/// ```
/// ReplaceSessionKeysRequest ::= [38] SEQUENCE { -- Tag 'BF26'
///     initialMacChainingValue OCTET STRING,     -- [0]
///     ppkEnc OCTET STRING,                      -- [1]
///     ppkCmac OCTET STRING                      -- [2]
/// }
/// ```
enum ReplaceSessionKeysReading {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func keys(from der: [UInt8]) throws -> BSPSessionKeys {
        let node = try DER.parse(der)
        guard node.identifier == ASN1Identifier(tagWithNumber: 38, tagClass: .contextSpecific),
            case .constructed(let children) = node.content
        else {
            throw Malformed(description: "not a 'BF26' ReplaceSessionKeysRequest")
        }
        var fields: [UInt: [UInt8]] = [:]
        for child in children {
            guard child.identifier.tagClass == .contextSpecific, case .primitive(let value) = child.content else {
                throw Malformed(description: "unexpected element \(child.identifier)")
            }
            fields[child.identifier.tagNumber] = Array(value)
        }
        guard let mcv = fields[0], let enc = fields[1], let mac = fields[2] else {
            throw Malformed(description: "missing initialMacChainingValue, ppkEnc or ppkCmac")
        }
        return try BSPSessionKeys(encryptionKey: enc, macKey: mac, initialMacChainingValue: mcv)
    }
}
