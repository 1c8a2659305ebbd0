import SwiftASN1

/// The eUICC's signature over ProfileInstallationResultData.
///
/// ```asn1
/// EuiccSignPIR ::= [APPLICATION 55] OCTET STRING -- Tag '5F37', eUICCs signature
/// ```
public struct EuiccSignPIR: DERImplicitlyTaggable, Hashable, Sendable {
    /// `5F37`.
    public static var defaultIdentifier: ASN1Identifier { .application(55) }

    /// The ECDSA signature as raw r‖s (64 octets for P-256).
    public var signature: [UInt8]

    public init(signature: [UInt8]) {
        self.signature = signature
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self.signature = Array(try ASN1OctetString(derEncoded: node, withIdentifier: identifier).bytes)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeOctets(signature, identifier: identifier)
    }
}
