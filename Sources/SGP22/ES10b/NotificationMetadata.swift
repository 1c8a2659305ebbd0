import SwiftASN1

/// The unsigned part of a pending notification: its number, operation, target and Profile.
///
/// ```asn1
/// NotificationMetadata ::= [47] SEQUENCE { -- Tag 'BF2F'
///     seqNumber      [0] INTEGER,
///     profileManagementOperation [1] NotificationEvent, /*Only one bit SHALL be set to 1*/
///     notificationAddress UTF8String, -- FQDN to forward the notification
///     iccid          Iccid OPTIONAL
/// }
/// ```
public struct NotificationMetadata: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF2F`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF2F) }

    public var seqNumber: Int
    /// Only one bit is set.
    public var profileManagementOperation: NotificationEvent
    /// FQDN to forward the notification to.
    public var notificationAddress: String
    public var iccid: Iccid?

    public init(
        seqNumber: Int, profileManagementOperation: NotificationEvent, notificationAddress: String,
        iccid: Iccid? = nil
    ) {
        self.seqNumber = seqNumber
        self.profileManagementOperation = profileManagementOperation
        self.notificationAddress = notificationAddress
        self.iccid = iccid
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            NotificationMetadata(
                seqNumber: try DER.field(&nodes, "seqNumber", identifier: .context(0)),
                profileManagementOperation: try DER.field(
                    &nodes, "profileManagementOperation", identifier: .context(1)),
                notificationAddress: try DER.utf8String(&nodes, "notificationAddress"),
                iccid: try DER.optionalImplicitlyTagged(&nodes, tag: .application(26)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try seqNumber.serialize(into: &coder, withIdentifier: .context(0))
            try profileManagementOperation.serialize(into: &coder, withIdentifier: .context(1))
            try coder.serializeUTF8String(notificationAddress)
            try coder.serializeOptionalImplicitlyTagged(iccid, withIdentifier: .application(26))
        }
    }
}
