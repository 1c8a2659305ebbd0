import SGP22
import SwiftASN1

/// A signed record the LBA owes an SPB Manager: an installation result or a state change.
///
/// An untagged CHOICE; the alternatives keep their own tags `BFA203` and `BFA204` (the module repeats them, as
/// SGP.22's PendingNotification repeats `BF37`, so that automatic tagging does not apply).
///
/// ```asn1
/// SpbPendingNotification ::= CHOICE { -- each alternative keeps its own tag (repeated, as SGP.22 does for 'BF37')
///     spbInstallationResult [4355] SpbInstallationResult,          -- 'BFA203'
///     spbStateChangeNotification [4356] SpbStateChangeNotification -- 'BFA204'
/// }
/// ```
public enum SpbPendingNotification: DERParseable, DERSerializable, Hashable, Sendable {
    case spbInstallationResult(SpbInstallationResult)
    case spbStateChangeNotification(SpbStateChangeNotification)

    /// The SPB Manager the notification is for.
    public var spbmAddress: String {
        switch self {
        case .spbInstallationResult(let result): result.spbInstallationResultData.spbmAddress
        case .spbStateChangeNotification(let notification): notification.notificationData.spbmAddress
        }
    }

    /// The SPBL's sequence number of the notification.
    public var seqNumber: Int {
        switch self {
        case .spbInstallationResult(let result): result.spbInstallationResultData.seqNumber
        case .spbStateChangeNotification(let notification): notification.notificationData.seqNumber
        }
    }

    public init(derEncoded node: ASN1Node) throws {
        switch node.identifier {
        case SpbInstallationResult.defaultIdentifier:
            self = .spbInstallationResult(try SpbInstallationResult(derEncoded: node))
        case SpbStateChangeNotification.defaultIdentifier:
            self = .spbStateChangeNotification(try SpbStateChangeNotification(derEncoded: node))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "SpbPendingNotification: expected spbInstallationResult BFA203 or "
                    + "spbStateChangeNotification BFA204, found \(node.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer) throws {
        switch self {
        case .spbInstallationResult(let result): try coder.serialize(result)
        case .spbStateChangeNotification(let notification): try coder.serialize(notification)
        }
    }
}
