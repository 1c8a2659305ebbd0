import SwiftASN1

/// ES10b.ListNotification: asks for the metadata of pending notifications, optionally of one operation.
///
/// ```asn1
/// ListNotificationRequest ::= [40] SEQUENCE { -- Tag 'BF28'
///     profileManagementOperation [1] NotificationEvent OPTIONAL
/// }
/// ```
public struct ListNotificationRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF28`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF28) }

    /// Only notifications of these operations; all when absent.
    public var profileManagementOperation: NotificationEvent?

    public init(profileManagementOperation: NotificationEvent? = nil) {
        self.profileManagementOperation = profileManagementOperation
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            ListNotificationRequest(
                profileManagementOperation: try DER.optionalImplicitlyTagged(&nodes, tag: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOptionalImplicitlyTagged(profileManagementOperation, withIdentifier: .context(1))
        }
    }
}
