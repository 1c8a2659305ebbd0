/// Bytes from a hexadecimal string; spaces are ignored. Test data only: a malformed literal is a bug in the
/// test, reported by an empty result that makes the assertions fail.
func hex(_ text: String) -> [UInt8] {
    let digits = Array(text.filter { !$0.isWhitespace })
    guard digits.count % 2 == 0 else { return [] }
    var bytes: [UInt8] = []
    var index = 0
    while index < digits.count {
        guard let byte = UInt8(String(digits[index...index + 1]), radix: 16) else { return [] }
        bytes.append(byte)
        index += 2
    }
    return bytes
}

extension Array where Element == UInt8 {
    /// Lower-case hexadecimal, for messages.
    var hexText: String {
        map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
