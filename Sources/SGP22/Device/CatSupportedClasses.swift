import SwiftASN1

/// The Card Application Toolkit classes the Device supports (SGP.22 v3.1).
///
/// The module names the bits after the class letters of ETSI TS 102 223: bit 0 is "a",
/// bit 25 "z", bit 26 "aa" and so on to bit 38, "am".
///
/// ```asn1
/// CatSupportedClasses ::= BIT STRING {
///     a (0), b (1), c (2), d (3), e (4), … z (25), aa (26), … am (38)
/// }
/// ```
public struct CatSupportedClasses: NamedBitList {
    public var rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// The class named by `letters` ("a" … "z", "aa" … "am"), or `nil` for another name.
    public init?(className letters: String) {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        let characters = Array(letters)
        switch characters.count {
        case 1:
            guard let index = alphabet.firstIndex(of: characters[0]) else { return nil }
            self.init(bit: index)
        case 2:
            guard characters[0] == "a", let index = alphabet.firstIndex(of: characters[1]), index <= 12 else {
                return nil
            }
            self.init(bit: 26 + index)
        default:
            return nil
        }
    }
}
