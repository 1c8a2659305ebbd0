import SwiftASN1

extension ASN1ObjectIdentifier {
    /// The identifier's components, with the first two correctly split.
    ///
    /// The DER encoding packs the first two arcs into one subidentifier `40·X + Y`. swift-asn1's
    /// `oidComponents` splits it as `(v / 40, v % 40)` even when `X` is 2 and `Y` is 40 or more,
    /// so `2.999.3103` reads back as `26.39.3103`. Any split gives back `v`, from which the arcs
    /// are recomputed here (X.690 §8.19.4).
    public var components: [UInt] {
        let raw = oidComponents
        guard raw.count >= 2 else { return raw }
        let packed = raw[0] * 40 + raw[1]
        let head: [UInt] = packed < 40 ? [0, packed] : packed < 80 ? [1, packed - 40] : [2, packed - 80]
        return head + raw.dropFirst(2)
    }

    /// The dotted form, such as `2.999.3103.1.5`.
    public var dotted: String {
        components.map(String.init).joined(separator: ".")
    }
}
