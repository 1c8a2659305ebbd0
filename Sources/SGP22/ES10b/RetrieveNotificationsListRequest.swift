import SwiftASN1

/// ES10b.RetrieveNotificationsList: asks for signed pending notifications, all or those matching a criterion.
///
/// ```asn1
/// RetrieveNotificationsListRequest ::= [43] SEQUENCE { -- Tag 'BF2B'
///     searchCriteria CHOICE {
///         seqNumber      [0] INTEGER,
///         profileManagementOperation [1] NotificationEvent
///     } OPTIONAL
/// }
/// ```
/// Automatic tagging gives `searchCriteria` the explicit tag `A0` around the chosen `80` or `81`.
public struct RetrieveNotificationsListRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF2B`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF2B) }

    /// Which notifications to return.
    public enum SearchCriteria: Hashable, Sendable {
        case seqNumber(Int)
        case profileManagementOperation(NotificationEvent)
    }

    /// All pending notifications when absent.
    public var searchCriteria: SearchCriteria?

    public init(searchCriteria: SearchCriteria? = nil) {
        self.searchCriteria = searchCriteria
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let criteria: SearchCriteria? = try DER.optionalExplicitlyTagged(
                &nodes, tagNumber: 0, tagClass: .contextSpecific
            ) { choice in
                switch choice.identifier {
                case .context(0):
                    return .seqNumber(try Int(derEncoded: choice, withIdentifier: .context(0)))
                case .context(1):
                    return .profileManagementOperation(
                        try NotificationEvent(derEncoded: choice, withIdentifier: .context(1)))
                default:
                    throw ASN1Error.invalidASN1Object(
                        reason: "RetrieveNotificationsListRequest.searchCriteria: unknown \(choice.identifier)")
                }
            }
            return RetrieveNotificationsListRequest(searchCriteria: criteria)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            guard let searchCriteria else { return }
            try coder.appendConstructedNode(identifier: .context(0)) { coder in
                switch searchCriteria {
                case .seqNumber(let number):
                    try number.serialize(into: &coder, withIdentifier: .context(0))
                case .profileManagementOperation(let event):
                    try event.serialize(into: &coder, withIdentifier: .context(1))
                }
            }
        }
    }
}
