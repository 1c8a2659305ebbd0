import SwiftASN1

/// ES10b.RetrieveNotificationsList: the signed pending notifications, or an error.
///
/// A tagged CHOICE, so `BF2B` wraps the chosen alternative; automatic tagging makes
/// the alternatives `A0` (holding `BF37` and `30` notifications) and `81`.
///
/// ```asn1
/// RetrieveNotificationsListResponse ::= [43] CHOICE { -- Tag 'BF2B'
///     notificationList SEQUENCE OF PendingNotification,
///     notificationsListResultError INTEGER {undefinedError (127)}
/// }
/// ```
public enum RetrieveNotificationsListResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF2B`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF2B) }

    /// `notificationsListResultError INTEGER {undefinedError (127)}`.
    public enum NotificationsListResultError: NamedInteger {
        case undefinedError
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            self = code == 127 ? .undefinedError : .other(code)
        }

        public var code: Int {
            switch self {
            case .undefinedError: 127
            case .other(let code): code
            }
        }
    }

    case notificationList([PendingNotification])
    case notificationsListResultError(NotificationsListResultError)

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "RetrieveNotificationsListResponse", identifier: identifier)
        switch choice.identifier {
        case .context(0):
            self = .notificationList(try DER.sequenceOf(choice, "notificationList", identifier: .context(0)))
        case .context(1):
            self = .notificationsListResultError(
                try NotificationsListResultError(derEncoded: choice, withIdentifier: .context(1)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "RetrieveNotificationsListResponse: unknown alternative \(choice.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            switch self {
            case .notificationList(let notifications):
                try coder.serializeSequenceOf(notifications, identifier: .context(0))
            case .notificationsListResultError(let error):
                try error.serialize(into: &coder, withIdentifier: .context(1))
            }
        }
    }
}
