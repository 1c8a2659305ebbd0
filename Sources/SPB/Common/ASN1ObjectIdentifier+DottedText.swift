import SwiftASN1

extension ASN1ObjectIdentifier {
    /// The dotted form, such as `2.999.3103.4.1`, with the first two arcs split correctly.
    ///
    /// swift-asn1 splits the packed first subidentifier as `(v / 40, v % 40)` even under arc 2, so
    /// `2.999` would read `26.39`; the arcs are recomputed here (X.690 §8.19.4).
    var dottedText: String {
        let raw = oidComponents
        guard raw.count >= 2 else { return raw.map(String.init).joined(separator: ".") }
        let packed = raw[0] * 40 + raw[1]
        let head: [UInt] = packed < 40 ? [0, packed] : packed < 80 ? [1, packed - 40] : [2, packed - 80]
        return (head + raw.dropFirst(2)).map(String.init).joined(separator: ".")
    }
}
