import SGP22
import SwiftASN1

/// The SPBL's signed record of a bundle's new state: the success answer of Si3.SpbStateChange, forwarded
/// by the LBA with Si2.HandleSpbNotification to the bundle's SPB Manager.
///
/// ```asn1
/// SpbStateChangeNotification ::= [4356] SEQUENCE { -- Tag 'BFA204'
///     notificationData SpbStateChangeNotificationData,
///     spblSignature [APPLICATION 55] OCTET STRING  -- tag '5F37', over the DER of notificationData
/// }
/// ```
public struct SpbStateChangeNotification: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA204`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA204) }

    public var notificationData: SpbStateChangeNotificationData
    /// The SPBL's signature, raw r‖s.
    public var spblSignature: [UInt8]

    public init(notificationData: SpbStateChangeNotificationData, spblSignature: [UInt8]) {
        self.notificationData = notificationData
        self.spblSignature = spblSignature
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SpbStateChangeNotification(
                notificationData: try DER.field(&nodes, "notificationData"),
                spblSignature: try DER.signature(&nodes, "spblSignature"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(notificationData)
            try coder.serializeOctets(spblSignature, identifier: .application(55))
        }
    }
}
