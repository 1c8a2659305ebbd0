import SwiftASN1

/// ES10b.ListNotification: the metadata of the pending notifications, or an error.
///
/// A tagged CHOICE, so `BF28` wraps the chosen alternative; automatic tagging makes
/// the alternatives `A0` and `81`.
///
/// ```asn1
/// ListNotificationResponse ::= [40] CHOICE { -- Tag 'BF28'
///     notificationMetadataList SEQUENCE OF NotificationMetadata,
///     listNotificationsResultError INTEGER {undefinedError (127)}
/// }
/// ```
public enum ListNotificationResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF28`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF28) }

    /// `listNotificationsResultError INTEGER {undefinedError (127)}`.
    public enum ListNotificationsResultError: NamedInteger {
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

    case notificationMetadataList([NotificationMetadata])
    case listNotificationsResultError(ListNotificationsResultError)

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "ListNotificationResponse", identifier: identifier)
        switch choice.identifier {
        case .context(0):
            self = .notificationMetadataList(
                try DER.sequenceOf(choice, "notificationMetadataList", identifier: .context(0)))
        case .context(1):
            self = .listNotificationsResultError(
                try ListNotificationsResultError(derEncoded: choice, withIdentifier: .context(1)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "ListNotificationResponse: unknown alternative \(choice.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            switch self {
            case .notificationMetadataList(let list):
                try coder.serializeSequenceOf(list, identifier: .context(0))
            case .listNotificationsResultError(let error):
                try error.serialize(into: &coder, withIdentifier: .context(1))
            }
        }
    }
}
