import Foundation
import SGP22
import SSPPKI

/// The operator's tasks done locally on an SM-DP+ database, for the command line: importing packages and
/// placing a released order whose activation code is printed. Orders go through the same ES2+ logic as the
/// HTTP interface, under the requester identifier ``requesterIdentifier``.
public struct SMDPAdministration: Sendable {
    /// The ES2+ caller name used for orders placed from the command line.
    public static let requesterIdentifier = "ssp-cli"

    /// Storage, credentials and settings.
    public let context: SMDPContext

    /// Administration over `context`.
    public init(context: SMDPContext) {
        self.context = context
    }

    /// Administration of the SM-DP+ `configuration` describes (its database and credentials).
    public init(configuration: SMDPConfiguration) throws {
        try configuration.validate()
        context = SMDPContext(
            storage: try SQLiteStorage(path: configuration.databasePath),
            credentials: try configuration.loadCredentials(), settings: configuration.settings)
    }

    /// Imports the packages of `directory` (see ``ProfileImporter``).
    public func importProfiles(
        from directory: URL, options: ProfileImporter.Options = ProfileImporter.Options()
    ) async throws -> ProfileImporter.Report {
        try await ProfileImporter(storage: context.storage, clock: context.clock)
            .importDirectory(directory, options: options)
    }

    /// Places and releases an order for a profile named by ICCID (18 to 20 digits) or by type, for `eid` if
    /// given, requiring `confirmationCode` if given, and returns the activation code.
    public func order(
        profile: String, eid: EID? = nil, confirmationCode: String? = nil, matchingId: String? = nil
    ) async throws -> ActivationCode {
        // The code must be writable before a profile is reserved for it.
        let oid = context.credentials.smdpOid.dotted
        _ = try ActivationCode(smdpAddress: context.settings.address, matchingID: "CHECK", smdpOID: oid)
        let header = RequestHeader(
            functionRequesterIdentifier: Self.requesterIdentifier, functionCallIdentifier: UUID().uuidString)
        let iccid = profile.allSatisfy(\.isNumber) ? try? ICCID(profile, validation: .lenient) : nil
        let service = ES2PlusService(context: context)
        let ordered = try await service.downloadOrder(
            ES2Plus.DownloadOrderRequest(
                header: header, eid: eid, iccid: iccid, profileType: iccid == nil ? profile : nil))
        let confirmed = try await service.confirmOrder(
            ES2Plus.ConfirmOrderRequest(
                header: header, iccid: ordered.iccid, eid: eid, matchingId: matchingId,
                confirmationCode: confirmationCode, releaseFlag: true))
        return try ActivationCode(
            smdpAddress: context.settings.address, matchingID: confirmed.matchingId, smdpOID: oid,
            confirmationCodeRequired: confirmationCode != nil)
    }
}
