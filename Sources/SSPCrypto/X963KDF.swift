import Crypto

/// The ANSI X9.63 key derivation function with SHA-256 (SEC 1 section 3.6.1, BSI TR-03111 section 4.3.3):
/// output = SHA-256(Z ‖ counter ‖ SharedInfo) for counter = 1, 2, … (32-bit big-endian), truncated.
///
/// swift-crypto offers the same function as
/// `SharedSecret.x963DerivedSymmetricKey(using:sharedInfo:outputByteCount:)`, but only on a `SharedSecret`
/// from its own key agreement; this one takes Z as bytes, as test vectors and stored secrets give it.
/// The tests check that both agree.
public enum X963KDF {
    /// Derives `outputByteCount` bytes from the shared secret `z` and `sharedInfo`.
    public static func deriveKey(
        sharedSecret z: some Collection<UInt8>,
        sharedInfo: some Collection<UInt8>,
        outputByteCount: Int
    ) -> [UInt8] {
        precondition(outputByteCount >= 0, "X9.63 KDF output length cannot be negative")
        var output: [UInt8] = []
        output.reserveCapacity(outputByteCount + SHA256.byteCount)
        var counter: UInt32 = 1
        while output.count < outputByteCount {
            var hash = SHA256()
            hash.update(data: Array(z))
            hash.update(data: [
                UInt8(truncatingIfNeeded: counter >> 24), UInt8(truncatingIfNeeded: counter >> 16),
                UInt8(truncatingIfNeeded: counter >> 8), UInt8(truncatingIfNeeded: counter),
            ])
            hash.update(data: Array(sharedInfo))
            output.append(contentsOf: hash.finalize())
            counter += 1
        }
        return Array(output.prefix(outputByteCount))
    }
}
