import Foundation
import LPA
import SGP22

/// One installed profile as `ssp device profiles` shows it, and as its `--json` output writes it.
struct ProfileSummary: Codable, Hashable {
    var iccid: String
    var state: String
    var nickname: String?
    var serviceProviderName: String?
    var profileName: String?
    var profileClass: String?
    var isdpAid: String?
    var policyRules: [String]

    init(_ info: ProfileInfo) {
        iccid = info.iccid.map { (try? ICCID($0))?.digits ?? $0.description } ?? "-"
        switch info.profileState {
        case .enabled: state = "enabled"
        case .disabled: state = "disabled"
        case .other(let code): state = "state \(code)"
        case nil: state = "-"
        }
        nickname = info.profileNickname
        serviceProviderName = info.serviceProviderName
        profileName = info.profileName
        profileClass = info.profileClass.map(ProfileOffer.name)
        isdpAid = info.isdpAid.map { $0.map { String(format: "%02X", $0) }.joined() }
        let rules = info.profilePolicyRules ?? []
        policyRules = (rules.contains(.ppr1) ? ["PPR1"] : []) + (rules.contains(.ppr2) ? ["PPR2"] : [])
    }

    /// The table `ssp device profiles` prints.
    static func table(_ profiles: [ProfileSummary]) -> String {
        guard !profiles.isEmpty else { return "No profiles are installed." }
        let header = ["ICCID", "STATE", "CLASS", "PROVIDER", "NAME", "NICKNAME"]
        let rows = profiles.map {
            [$0.iccid, $0.state, $0.profileClass ?? "-", $0.serviceProviderName ?? "-", $0.profileName ?? "-",
             $0.nickname ?? "-"]
        }
        return TextTable.render(header: header, rows: rows)
    }
}

/// Left-aligned columns separated by two spaces.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

/// JSON output of the device commands: sorted keys, pretty-printed.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
