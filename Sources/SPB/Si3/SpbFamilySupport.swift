import SGP22
import SwiftASN1

/// One SPB family the SPBL supports, with the keys of the family CI it trusts.
///
/// ```asn1
/// SpbFamilySupport ::= SEQUENCE {
///     spbFamilyId [0] SpbFamilyId,
///     ciPKIds [1] SEQUENCE OF SubjectKeyIdentifier -- the family CI keys the SPBL trusts, most preferred first
/// }
/// ```
public struct SpbFamilySupport: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var spbFamilyId: SpbFamilyId
    /// Subject key identifiers of the family CI keys, most preferred first.
    public var ciPKIds: [[UInt8]]

    public init(spbFamilyId: SpbFamilyId, ciPKIds: [[UInt8]]) {
        self.spbFamilyId = spbFamilyId
        self.ciPKIds = ciPKIds
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SpbFamilySupport(
                spbFamilyId: try DER.field(&nodes, "spbFamilyId", identifier: .context(0)),
                ciPKIds: try DER.octetsList(&nodes, "ciPKIds", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try spbFamilyId.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeOctetsList(ciPKIds, identifier: .context(1))
        }
    }
}
