import SGP22
import SSPCrypto

/// Encrypting the SPBL token (and the image content) with BSP: the DER is cut into segments, each AES-CBC
/// encrypted under S-ENC and C-MACed under S-MAC with a running MAC chain, exactly as SGP.22 protects a Bound
/// Profile Package (`SSPCrypto.BSPSession`).
enum SpbProtection {
    /// Protects `plaintext` and returns the contents of the segments (what the ASN.1 lists carry).
    static func seal(
        _ plaintext: [UInt8], keys: BSPSessionKeys, tag: BSPSegmentTag, _ what: String
    ) throws(SpbBindingError) -> [[UInt8]] {
        try SpbBindingError.mapping(what) {
            var session = BSPSession(keys: keys)
            return try session.protect(plaintext, tag: tag).map { Array(try BSPSegment(encoded: $0).value) }
        }
    }

    /// Verifies and decrypts the segment contents and returns the plaintext.
    static func open(
        _ contents: [[UInt8]], keys: BSPSessionKeys, tag: BSPSegmentTag, _ what: String
    ) throws(SpbBindingError) -> [UInt8] {
        guard !contents.isEmpty else { throw .malformedSegments(what: what, reason: "no segments") }
        return try SpbBindingError.mapping(what) {
            var session = BSPSession(keys: keys)
            let tlvs = contents.map { [tag.rawValue] + BERLength.encode($0.count) + $0 }
            return try session.unprotect(tlvs, expecting: tag)
        }
    }
}
