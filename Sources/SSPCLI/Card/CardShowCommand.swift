import ArgumentParser
import EUICC
import Foundation
import SGP22

/// `ssp card show FILE`: the card's identity, trusted CIs, profiles and pending notifications.
struct CardShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a virtual eUICC: EID, trusted CIs, profiles and notifications.")

    @Argument(help: "The card file.")
    var file: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() async throws {
        let card = try EUICC.open(at: URL(fileURLWithPath: file))
        let profiles = try await card.installedProfiles()
        let notifications = try await card.pendingNotificationMetadata()
        let issuers = await card.certificateIssuers
        let addresses = try await card.configuredAddresses()
        if json {
            let report = CardReport(
                eid: card.eid.description,
                euiccCertificateSubject: card.identity.certificate.subject.description,
                trustedCIs: issuers.map { $0.certificate.subject.description },
                defaultDpAddress: addresses.defaultDpAddress,
                rootDsAddress: addresses.rootDsAddress,
                profiles: profiles.map {
                    .init(
                        iccid: $0.iccid.description, state: $0.isEnabled ? "enabled" : "disabled",
                        profileClass: "\($0.profileClass)", name: $0.profileName,
                        serviceProvider: $0.serviceProviderName, nickname: $0.nickname,
                        isdpAid: $0.isdpAid.map { String(format: "%02X", $0) }.joined(), size: $0.packageSize)
                },
                pendingNotifications: notifications.map {
                    .init(
                        sequenceNumber: $0.seqNumber, event: "\($0.profileManagementOperation)",
                        address: $0.notificationAddress, iccid: $0.iccid.flatMap { try? ICCID($0).description })
                })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print("Card:        \(card.path)")
        print("EID:         \(card.eid)")
        print("Certificate: \(card.identity.certificate.subject)")
        for issuer in issuers {
            print("Trusts CI:   \(issuer.certificate.subject)")
        }
        print("Default SM-DP+: \(addresses.defaultDpAddress ?? "(none)")   Root SM-DS: \(addresses.rootDsAddress)")
        if profiles.isEmpty {
            print("Profiles:    none")
        } else {
            print("Profiles:")
            for profile in profiles {
                let state = profile.isEnabled ? "enabled " : "disabled"
                let nickname = profile.nickname.map { " \"\($0)\"" } ?? ""
                print("  \(profile.iccid)  \(state)  \(profile.profileClass)  \(profile.profileName)\(nickname)")
            }
        }
        print("Pending notifications: \(notifications.count)")
        for notification in notifications {
            print("  #\(notification.seqNumber) \(notification.profileManagementOperation) → \(notification.notificationAddress)")
        }
    }
}

/// What `ssp card show --json` prints.
struct CardReport: Codable {
    struct Profile: Codable {
        let iccid: String
        let state: String
        let profileClass: String
        let name: String
        let serviceProvider: String
        let nickname: String?
        let isdpAid: String
        let size: Int
    }

    struct Notification: Codable {
        let sequenceNumber: Int
        let event: String
        let address: String
        let iccid: String?
    }

    let eid: String
    let euiccCertificateSubject: String
    let trustedCIs: [String]
    let defaultDpAddress: String?
    let rootDsAddress: String
    let profiles: [Profile]
    let pendingNotifications: [Notification]
}
