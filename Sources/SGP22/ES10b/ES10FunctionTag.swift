import SwiftASN1

/// The ES10 functions this package models, each named by the BER tag that opens its
/// request and its response, with the interface SGP.22 puts it on.
///
/// A dispatcher reads the first tag of a STORE DATA payload and looks it up with
/// `ES10Tag(identifier:)`. `getEuiccInfo1` and `getEuiccInfo2` are the two forms of
/// ES10b.GetEUICCInfo; `notificationSent` is ES10b.RemoveNotificationFromList.
public enum ES10Tag: UInt32, Hashable, Sendable, CaseIterable {
    case getEuiccInfo1 = 0xBF20
    case prepareDownload = 0xBF21
    case getEuiccInfo2 = 0xBF22
    case listNotification = 0xBF28
    case setNickname = 0xBF29
    case retrieveNotificationsList = 0xBF2B
    case getProfilesInfo = 0xBF2D
    case getEuiccChallenge = 0xBF2E
    case notificationSent = 0xBF30
    case enableProfile = 0xBF31
    case disableProfile = 0xBF32
    case deleteProfile = 0xBF33
    case euiccMemoryReset = 0xBF34
    case loadBoundProfilePackage = 0xBF36
    case authenticateServer = 0xBF38
    case getEuiccConfiguredAddresses = 0xBF3C
    case getEid = 0xBF3E
    case setDefaultDpAddress = 0xBF3F
    case cancelSession = 0xBF41
    case getRat = 0xBF43

    /// The function whose messages carry `identifier`, or `nil` for an identifier no modelled function uses.
    public init?(identifier: ASN1Identifier) {
        guard let tag = Self.allCases.first(where: { $0.identifier == identifier }) else { return nil }
        self = tag
    }

    /// The identifier of the function's request and response (`BF2D` → `[45]` context-specific).
    public var identifier: ASN1Identifier { .berTag(rawValue) }

    /// The ES10 interface SGP.22 puts the function on.
    public var interface: ES10Interface {
        switch self {
        case .getEuiccConfiguredAddresses, .setDefaultDpAddress:
            .es10a
        case .getEuiccInfo1, .getEuiccInfo2, .prepareDownload, .loadBoundProfilePackage, .getEuiccChallenge,
            .listNotification, .retrieveNotificationsList, .notificationSent, .authenticateServer,
            .cancelSession, .getRat:
            .es10b
        case .getProfilesInfo, .enableProfile, .disableProfile, .deleteProfile, .euiccMemoryReset,
            .getEid, .setNickname:
            .es10c
        }
    }

    /// The function's name as SGP.22 writes it, e.g. "ES10c.GetProfilesInfo".
    public var functionName: String {
        let name: String
        switch self {
        case .getEuiccInfo1, .getEuiccInfo2: name = "GetEUICCInfo"
        case .prepareDownload: name = "PrepareDownload"
        case .listNotification: name = "ListNotification"
        case .setNickname: name = "SetNickname"
        case .retrieveNotificationsList: name = "RetrieveNotificationsList"
        case .getProfilesInfo: name = "GetProfilesInfo"
        case .getEuiccChallenge: name = "GetEUICCChallenge"
        case .notificationSent: name = "RemoveNotificationFromList"
        case .enableProfile: name = "EnableProfile"
        case .disableProfile: name = "DisableProfile"
        case .deleteProfile: name = "DeleteProfile"
        case .euiccMemoryReset: name = "eUICCMemoryReset"
        case .loadBoundProfilePackage: name = "LoadBoundProfilePackage"
        case .authenticateServer: name = "AuthenticateServer"
        case .getEuiccConfiguredAddresses: name = "GetEuiccConfiguredAddresses"
        case .getEid: name = "GetEID"
        case .setDefaultDpAddress: name = "SetDefaultDpAddress"
        case .cancelSession: name = "CancelSession"
        case .getRat: name = "GetRAT"
        }
        return "\(interface.rawValue).\(name)"
    }
}
