import SGP22
import SwiftASN1

/// Operator-chosen Milenage constants (3GPP TS 35.206 section 4.1); a bundle without them uses the
/// standard values.
///
/// ```asn1
/// MilenageConstants ::= SEQUENCE {
///     c1 [0] Octet16, c2 [1] Octet16, c3 [2] Octet16, c4 [3] Octet16, c5 [4] Octet16,
///     r1 [5] INTEGER (0..127), r2 [6] INTEGER (0..127), r3 [7] INTEGER (0..127),
///     r4 [8] INTEGER (0..127), r5 [9] INTEGER (0..127)
/// }
/// ```
public struct MilenageConstants: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// c1 to c5, sixteen bytes each.
    public var c: [[UInt8]]
    /// r1 to r5, rotations in bits (0 to 127).
    public var r: [Int]

    /// The values of TS 35.206: c1 = 0, c2 = 1, c3 = 2, c4 = 4, c5 = 8 (in the last byte); r = 64, 0, 32, 64, 96.
    public static let standard = MilenageConstants(
        c: [0, 1, 2, 4, 8].map { [UInt8](repeating: 0, count: 15) + [UInt8($0)] }, r: [64, 0, 32, 64, 96])

    /// Takes five c constants of 16 bytes and five rotations; use ``checked(c:r:)`` for untrusted values.
    public init(c: [[UInt8]], r: [Int]) {
        self.c = c
        self.r = r
    }

    /// The constants, checked: five c of 16 bytes, five r in 0...127.
    public static func checked(c: [[UInt8]], r: [Int]) throws -> MilenageConstants {
        guard c.count == 5, c.allSatisfy({ $0.count == 16 }) else {
            throw ASN1Error.invalidASN1Object(reason: "MilenageConstants needs five c constants of 16 bytes")
        }
        guard r.count == 5, r.allSatisfy({ (0...127).contains($0) }) else {
            throw ASN1Error.invalidASN1Object(reason: "MilenageConstants needs five r rotations in 0...127")
        }
        return MilenageConstants(c: c, r: r)
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            var c: [[UInt8]] = []
            for index in 0..<5 {
                c.append(try DER.octets(&nodes, "c\(index + 1)", identifier: .context(UInt(index)), size: 16...16))
            }
            var r: [Int] = []
            for index in 0..<5 {
                r.append(
                    try DER.integer(&nodes, "r\(index + 1)", identifier: .context(UInt(index + 5)), range: 0...127))
            }
            return MilenageConstants(c: c, r: r)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        guard c.count == 5, r.count == 5 else {
            throw ASN1Error.invalidASN1Object(reason: "MilenageConstants needs five c and five r values")
        }
        try coder.appendConstructedNode(identifier: identifier) { coder in
            for (index, constant) in c.enumerated() {
                try coder.serializeOctets(constant, identifier: .context(UInt(index)))
            }
            for (index, rotation) in r.enumerated() {
                try rotation.serialize(into: &coder, withIdentifier: .context(UInt(index + 5)))
            }
        }
    }
}
