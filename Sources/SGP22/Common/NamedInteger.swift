import SwiftASN1

/// An ASN.1 `INTEGER { name (n), … }`: SGP.22's result codes, reasons and small enumerations.
///
/// SGP.22 modules are extensible, so a newer eUICC or server may send a code that this
/// version does not name. Conforming enums carry such codes in an `other(Int)` case
/// instead of failing to decode; `init(code:)` therefore never fails.
public protocol NamedInteger: DERImplicitlyTaggable, Hashable, Sendable {
    /// The number on the wire.
    var code: Int { get }

    /// The value for a number on the wire; numbers this version does not name map to `other`.
    init(code: Int)
}

extension NamedInteger {
    /// A named-number INTEGER is a universal INTEGER (tag `02`) unless the module tags it.
    public static var defaultIdentifier: ASN1Identifier { .integer }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self.init(code: try Int(derEncoded: node, withIdentifier: identifier))
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try code.serialize(into: &coder, withIdentifier: identifier)
    }
}
