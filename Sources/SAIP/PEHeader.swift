import SGP22
import SwiftASN1

/// The header every profile element except the ProfileHeader starts with.
///
/// ```asn1
/// PEHeader ::= SEQUENCE {
///     mandated       NULL OPTIONAL,
///     -- if set, indicate that the support of this PE is mandatory
///     identification UInt15  -- Identification number of this PE
/// }
/// ```
public struct PEHeader: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// Whether the eUICC must support this element to install the profile.
    public var mandated: Bool
    /// The element's identification number, which the eUICC quotes in its PEStatus.
    public var identification: UInt16

    public init(mandated: Bool, identification: UInt16) {
        self.mandated = mandated
        self.identification = identification
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            let mandated = try DER.optionalImplicitlyTagged(&nodes, tag: .context(0), as: ASN1Null.self) != nil
            let identification = try UInt16(derEncoded: &nodes, withIdentifier: .context(1))
            guard identification <= 32767 else {
                throw ASN1Error.invalidASN1Object(reason: "PEHeader identification \(identification) exceeds UInt15")
            }
            return PEHeader(mandated: mandated, identification: identification)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            if mandated { ASN1Null().serialize(into: &coder, withIdentifier: .context(0)) }
            try identification.serialize(into: &coder, withIdentifier: .context(1))
        }
    }
}
