import SwiftASN1
import X509

/// The GSMA permittedEins extension of SGP.22 v3 EUM certificates, `2.23.146.1.2.2.0`:
///
/// ```
/// PermittedEins ::= SEQUENCE OF PrintableString
/// ```
///
/// Each string is an EID prefix (the EUM Identification Number) the EUM may issue under. The
/// v2.2 hierarchy this project issues uses nameConstraints instead; the verifier honours both so
/// that it accepts EUM certificates of either generation.
public struct PermittedEINs: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The permitted EID prefixes.
    public var prefixes: [String]

    /// Creates the extension value.
    public init(prefixes: [String]) {
        self.prefixes = prefixes
    }

    /// Reads the value of a permittedEins extension.
    public init(_ ext: Certificate.Extension) throws {
        guard ext.oid == RSPObjectIdentifiers.permittedEINsExtension else {
            throw ASN1Error.invalidASN1Object(reason: "extension \(ext.oid.dotted) is not permittedEins")
        }
        self = try PermittedEINs(derEncoded: DER.parse(ext.value))
    }

    public init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let strings = try DER.sequence(of: ASN1PrintableString.self, identifier: identifier, rootNode: rootNode)
        self.prefixes = strings.map { String($0) }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        let strings = try prefixes.map { try ASN1PrintableString($0) }
        try coder.serializeSequenceOf(strings, identifier: identifier)
    }
}
