import SGP22
import SwiftASN1

/// The SPBL's signed answer to Si3.LoadBoundSpbInfo, which the LBA forwards with
/// Si2.HandleSpbNotification.
///
/// ```asn1
/// SpbInstallationResult ::= [4355] SEQUENCE { -- Tag 'BFA203'
///     spbInstallationResultData SpbInstallationResultData,
///     spblSignature [APPLICATION 55] OCTET STRING  -- tag '5F37', over the DER of spbInstallationResultData
/// }
/// ```
public struct SpbInstallationResult: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA203`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA203) }

    public var spbInstallationResultData: SpbInstallationResultData
    /// The SPBL's signature, raw r‖s.
    public var spblSignature: [UInt8]

    public init(spbInstallationResultData: SpbInstallationResultData, spblSignature: [UInt8]) {
        self.spbInstallationResultData = spbInstallationResultData
        self.spblSignature = spblSignature
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SpbInstallationResult(
                spbInstallationResultData: try DER.field(&nodes, "spbInstallationResultData"),
                spblSignature: try DER.signature(&nodes, "spblSignature"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(spbInstallationResultData)
            try coder.serializeOctets(spblSignature, identifier: .application(55))
        }
    }
}
