import SwiftASN1

/// One notification the eUICC holds for the LPA to deliver (ES10b.RetrieveNotificationsList).
///
/// An untagged CHOICE: the alternative's own tag (`BF37` or `30`) tells which it is, so the
/// type has no identifier of its own. v3.1's `loadRpmPackageResultSigned [1]` is not modelled
/// and is rejected with an error naming its tag.
///
/// ```asn1
/// PendingNotification ::= CHOICE {
///     profileInstallationResult [55] ProfileInstallationResult, -- tag 'BF37'
///     otherSignedNotification OtherSignedNotification
/// }
/// ```
public enum PendingNotification: DERParseable, DERSerializable, Hashable, Sendable {
    case profileInstallationResult(ProfileInstallationResult)
    case otherSignedNotification(OtherSignedNotification)

    /// The notification's metadata: sequence number, operation, address and ICCID.
    public var notificationMetadata: NotificationMetadata {
        switch self {
        case .profileInstallationResult(let result):
            result.profileInstallationResultData.notificationMetadata
        case .otherSignedNotification(let notification):
            notification.tbsOtherNotification
        }
    }

    public init(derEncoded node: ASN1Node) throws {
        switch node.identifier {
        case ProfileInstallationResult.defaultIdentifier:
            self = .profileInstallationResult(try ProfileInstallationResult(derEncoded: node))
        case OtherSignedNotification.defaultIdentifier:
            self = .otherSignedNotification(try OtherSignedNotification(derEncoded: node))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "PendingNotification: expected profileInstallationResult BF37 or "
                    + "otherSignedNotification 30, found \(node.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer) throws {
        switch self {
        case .profileInstallationResult(let result):
            try coder.serialize(result)
        case .otherSignedNotification(let notification):
            try coder.serialize(notification)
        }
    }
}
