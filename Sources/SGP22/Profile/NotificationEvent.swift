import SwiftASN1

/// The Profile management operations a notification reports or is configured for.
///
/// Bits 4 to 7 come from SGP.22 v3.1 (Remote Profile Management); v2.2 names bits 1 to 3
/// `notificationEnable`, `notificationDisable`, `notificationDelete`.
///
/// ```asn1
/// NotificationEvent ::= BIT STRING {
///     notificationInstall (0),
///     notificationLocalEnable (1),
///     notificationLocalDisable (2),
///     notificationLocalDelete (3),
///     notificationRpmEnable (4), -- #SupportedForRpmV3.0.0#
///     notificationRpmDisable (5), -- #SupportedForRpmV3.0.0#
///     notificationRpmDelete (6), -- #SupportedForRpmV3.0.0#
///     loadRpmPackageResult (7) -- #SupportedForRpmV3.0.0#
/// }
/// ```
public struct NotificationEvent: NamedBitList {
    public var rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    public static let notificationInstall = NotificationEvent(bit: 0)
    public static let notificationEnable = NotificationEvent(bit: 1)
    public static let notificationDisable = NotificationEvent(bit: 2)
    public static let notificationDelete = NotificationEvent(bit: 3)
    public static let notificationRpmEnable = NotificationEvent(bit: 4)
    public static let notificationRpmDisable = NotificationEvent(bit: 5)
    public static let notificationRpmDelete = NotificationEvent(bit: 6)
    public static let loadRpmPackageResult = NotificationEvent(bit: 7)
}
