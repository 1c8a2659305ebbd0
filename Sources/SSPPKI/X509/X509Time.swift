import Foundation
import SwiftASN1

/// A certificate time (RFC 5280 §4.1.2.5):
///
/// ```
/// Time ::= CHOICE {
///      utcTime        UTCTime,
///      generalTime    GeneralizedTime }
/// ```
enum X509Time: DERParseable, DERSerializable, Hashable, Sendable {
    case utcTime(UTCTime)
    case generalTime(GeneralizedTime)

    init(derEncoded rootNode: ASN1Node) throws {
        switch rootNode.identifier {
        case UTCTime.defaultIdentifier:
            self = .utcTime(try UTCTime(derEncoded: rootNode))
        case GeneralizedTime.defaultIdentifier:
            self = .generalTime(try GeneralizedTime(derEncoded: rootNode))
        default:
            throw ASN1Error.unexpectedFieldType(rootNode.identifier)
        }
    }

    func serialize(into coder: inout DER.Serializer) throws {
        switch self {
        case .utcTime(let time): try coder.serialize(time)
        case .generalTime(let time): try coder.serialize(time)
        }
    }

    /// The instant this time names, in UTC; fractions of a second are dropped.
    var date: Date {
        var components = DateComponents()
        switch self {
        case .utcTime(let t):
            (components.year, components.month, components.day) = (t.year, t.month, t.day)
            (components.hour, components.minute, components.second) = (t.hours, t.minutes, t.seconds)
        case .generalTime(let t):
            (components.year, components.month, components.day) = (t.year, t.month, t.day)
            (components.hour, components.minute, components.second) = (t.hours, t.minutes, t.seconds)
        }
        components.timeZone = TimeZone(identifier: "UTC")
        return X509Time.calendar.date(from: components) ?? Date.distantPast
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()
}
