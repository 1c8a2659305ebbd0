import SwiftASN1

/// ES10b.RemoveNotificationFromList: whether the notification was deleted.
///
/// ```asn1
/// NotificationSentResponse ::= [48] SEQUENCE { -- Tag 'BF30'
///     deleteNotificationStatus INTEGER {
///         ok (0),
///         nothingToDelete (1),
///         undefinedError (127)
///     }
/// }
/// ```
/// Automatic tagging makes `deleteNotificationStatus` `80`.
public struct NotificationSentResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF30`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF30) }

    /// The `deleteNotificationStatus` codes.
    public enum DeleteNotificationStatus: NamedInteger {
        case ok
        case nothingToDelete
        case undefinedError
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .ok
            case 1: self = .nothingToDelete
            case 127: self = .undefinedError
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .ok: 0
            case .nothingToDelete: 1
            case .undefinedError: 127
            case .other(let code): code
            }
        }
    }

    public var deleteNotificationStatus: DeleteNotificationStatus

    public init(deleteNotificationStatus: DeleteNotificationStatus) {
        self.deleteNotificationStatus = deleteNotificationStatus
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            NotificationSentResponse(
                deleteNotificationStatus: try DER.field(&nodes, "deleteNotificationStatus", identifier: .context(0)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try deleteNotificationStatus.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}
