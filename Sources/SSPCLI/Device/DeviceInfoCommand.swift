import ArgumentParser
import Foundation
import LPA
import SGP22

/// `ssp device info`: the EID and a summary of EUICCInfo2.
struct DeviceInfoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Show the eUICC: EID, versions, memory, trusted CIs (GetEID, GetEUICCInfo2).")

    @Flag(help: "Write JSON instead of text.")
    var json = false

    @OptionGroup var device: DeviceOptions

    init() {}

    /// What `info` reports.
    struct Report: Codable {
        var eid: String
        var svn: String
        var profileVersion: String
        var firmwareVersion: String
        var freeNonVolatileMemory: Int?
        var freeVolatileMemory: Int?
        var installedApplications: Int?
        var ciKeyIdentifiersForVerification: [String]
        var ciKeyIdentifiersForSigning: [String]
        var defaultSmdpAddress: String?
        var rootSmdsAddress: String
        var trustedTLSRoots: [String]
        var trustsSystemRoots: Bool
    }

    func run() async throws {
        let target = VirtualDevice(directory: device.url)
        let report = try await target.withLPA { lpa, _ in
            let eid = try await lpa.card.getEID()
            let info = try await lpa.card.getEUICCInfo2()
            let addresses = try await lpa.card.getEuiccConfiguredAddresses()
            let settings = try LPASettings.load(from: target.settingsURL)
            let resource = ExtendedCardResource(info.extCardResource)
            return Report(
                eid: eid.digits, svn: info.svn.description, profileVersion: info.profileVersion.description,
                firmwareVersion: info.euiccFirmwareVer.description,
                freeNonVolatileMemory: resource.freeNonVolatileMemory, freeVolatileMemory: resource.freeVolatileMemory,
                installedApplications: resource.installedApplications,
                ciKeyIdentifiersForVerification: info.euiccCiPKIdListForVerification.map(Self.hex),
                ciKeyIdentifiersForSigning: info.euiccCiPKIdListForSigning.map(Self.hex),
                defaultSmdpAddress: addresses.defaultDpAddress, rootSmdsAddress: addresses.rootDsAddress,
                trustedTLSRoots: try settings.trustedCertificates().map { $0.subject.readable },
                trustsSystemRoots: settings.trustSystemRoots)
        }
        if json {
            try JSONOutput.print(report)
            return
        }
        print("EID                  \(report.eid)")
        print("SGP.22 version       \(report.svn)")
        print("Profile version      \(report.profileVersion) (SIMalliance/TCA package format)")
        print("Firmware             \(report.firmwareVersion)")
        if let free = report.freeNonVolatileMemory { print("Free profile memory  \(free) bytes") }
        if let count = report.installedApplications { print("Installed apps       \(count)") }
        print("CI keys (verify)     \(report.ciKeyIdentifiersForVerification.joined(separator: ", "))")
        print("CI keys (sign)       \(report.ciKeyIdentifiersForSigning.joined(separator: ", "))")
        print("Default SM-DP+       \(report.defaultSmdpAddress ?? "(none)")")
        print("Root SM-DS           \(report.rootSmdsAddress)")
        let roots = (report.trustsSystemRoots ? ["system roots"] : []) + report.trustedTLSRoots
        print("TLS roots            \(roots.joined(separator: "; "))")
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02X", $0) }.joined()
    }
}

/// The extCardResource of EUICCInfo2 (ETSI TS 102 226 §8.2.1.7.2): tag 81 installed applications, 82 free
/// non-volatile memory, 83 free volatile memory, each a big-endian number.
struct ExtendedCardResource {
    var installedApplications: Int?
    var freeNonVolatileMemory: Int?
    var freeVolatileMemory: Int?

    init(_ bytes: [UInt8]) {
        var index = 0
        while index + 2 <= bytes.count {
            let tag = bytes[index]
            let length = Int(bytes[index + 1])
            let start = index + 2
            guard length <= 8, start + length <= bytes.count else { break }
            let value = bytes[start..<start + length].reduce(0) { $0 << 8 | Int($1) }
            switch tag {
            case 0x81: installedApplications = value
            case 0x82: freeNonVolatileMemory = value
            case 0x83: freeVolatileMemory = value
            default: break
            }
            index = start + length
        }
    }
}
