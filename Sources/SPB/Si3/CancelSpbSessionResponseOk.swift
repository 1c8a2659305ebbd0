import SGP22
import SwiftASN1

/// The SPBL's signed cancellation.
///
/// ```asn1
/// CancelSpbSessionResponseOk ::= SEQUENCE {
///     spblCancelSessionSigned SpblCancelSessionSigned,
///     spblCancelSessionSignature [APPLICATION 55] OCTET STRING -- over the DER of spblCancelSessionSigned
/// }
/// ```
public struct CancelSpbSessionResponseOk: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var spblCancelSessionSigned: SpblCancelSessionSigned
    /// The SPBL's signature, raw r‖s.
    public var spblCancelSessionSignature: [UInt8]

    public init(spblCancelSessionSigned: SpblCancelSessionSigned, spblCancelSessionSignature: [UInt8]) {
        self.spblCancelSessionSigned = spblCancelSessionSigned
        self.spblCancelSessionSignature = spblCancelSessionSignature
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            CancelSpbSessionResponseOk(
                spblCancelSessionSigned: try DER.field(&nodes, "spblCancelSessionSigned"),
                spblCancelSessionSignature: try DER.signature(&nodes, "spblCancelSessionSignature"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(spblCancelSessionSigned)
            try coder.serializeOctets(spblCancelSessionSignature, identifier: .application(55))
        }
    }
}
