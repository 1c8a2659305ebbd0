import SwiftASN1

/// Where to send the notifications of given Profile management operations.
///
/// ```asn1
/// NotificationConfigurationInformation ::= SEQUENCE {
///     profileManagementOperation NotificationEvent,
///     notificationAddress UTF8String -- FQDN to forward the notification
/// }
/// ```
/// Automatic tagging makes the components `80` and `81`.
public struct NotificationConfigurationInformation: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var profileManagementOperation: NotificationEvent
    /// FQDN to forward the notification to.
    public var notificationAddress: String

    public init(profileManagementOperation: NotificationEvent, notificationAddress: String) {
        self.profileManagementOperation = profileManagementOperation
        self.notificationAddress = notificationAddress
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            NotificationConfigurationInformation(
                profileManagementOperation: try DER.field(
                    &nodes, "profileManagementOperation", identifier: .context(0)),
                notificationAddress: try DER.utf8String(&nodes, "notificationAddress", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try profileManagementOperation.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeUTF8String(notificationAddress, identifier: .context(1))
        }
    }
}
