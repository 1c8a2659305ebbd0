import ArgumentParser
import Foundation
import SGP22
import SMDPPlus

/// `ssp smdp order --profile …`: places and releases a download order and prints its activation code.
struct SMDPOrderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order",
        abstract: "Place a released download order and print its activation code.",
        discussion: """
            The order goes through the SM-DP+'s ES2+ logic (DownloadOrder then ConfirmOrder with releaseFlag) on \
            its database, as the operator `ssp-cli`. --profile is an ICCID or a profile type (the oldest \
            available profile of that type is taken).
            """
    )

    @OptionGroup var options: SMDPOptions

    @Option(help: "An ICCID, or a profile type such as TS48V2-SAIP2-1-BERTLV-UNIQUE.")
    var profile: String

    @Option(help: "Bind the order to this EID (32 digits).")
    var eid: String?

    @Option(name: .customLong("cc"), help: "Require this confirmation code.")
    var confirmationCode: String?

    @Option(name: .customLong("matching-id"), help: "Use this MatchingID instead of a generated one.")
    var matchingId: String?

    init() {}

    func run() async throws {
        let configuration = try options.configuration()
        var eidValue: EID?
        if let eid {
            do { eidValue = try EID(eid) } catch { throw SMDPCommandError.badEID(eid, reason: "\(error)") }
        }
        let administration = try SMDPAdministration(configuration: configuration)
        do {
            let code = try await administration.order(
                profile: profile, eid: eidValue, confirmationCode: confirmationCode, matchingId: matchingId)
            print(code.qrCodeText)
        } catch let failure as RSPFunctionFailure {
            throw SMDPCommandError.orderRefused(failure.description)
        }
    }
}
