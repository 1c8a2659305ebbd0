import ArgumentParser
import Foundation
import LPA
import SGP22

/// `ssp device download 'LPA:1$…'`: downloads and installs a profile.
struct DeviceDownloadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "download",
        abstract: "Download and install a profile from an activation code (SGP.22 download).",
        discussion: """
            Shows the profile's metadata and asks before installing it, unless --yes is given. If the SM-DP+ asks \
            for a confirmation code, give it with --cc or type it when asked. Afterwards the LPA delivers the \
            pending notifications; those it cannot deliver stay on the card for `ssp device notifications --send`.
            """
    )

    @Argument(help: "The activation code, e.g. 'LPA:1$smdp.example.com$MATCHING-ID'.")
    var activationCode: String

    @Option(name: .customLong("cc"), help: "The confirmation code, if the operator gave one.")
    var confirmationCode: String?

    @Flag(name: .shortAndLong, help: "Install without asking for consent.")
    var yes = false

    @OptionGroup var device: DeviceOptions

    init() {}

    func run() async throws {
        let code: ActivationCode
        do {
            code = try ActivationCode(activationCode)
        } catch {
            throw DeviceCommandError.invalidActivationCode(activationCode, reason: "\(error)")
        }
        let progress = TerminalProgress()
        let interaction = DownloadInteraction(
            consent: { [yes] offer in yes ? .accept : ConsentPrompt.ask(offer) },
            confirmationCode: confirmationCode,
            askConfirmationCode: { [yes] offer in yes ? nil : ConsentPrompt.confirmationCode(offer) },
            progress: { progress.report($0) })
        try await VirtualDevice(directory: device.url).withLPA { lpa, _ in
            let (result, notifications) = try await lpa.download(code, interaction: interaction)
            print("Installed the profile \(result.iccidText) (\(result.offer.serviceProviderName), "
                + "\(result.offer.profileName)); it is disabled until you enable it.")
            if !result.resultAcknowledged {
                print("The SM-DP+ has not acknowledged the installation yet; the result stays on the card and is "
                    + "sent again with `ssp device notifications --send`.")
            }
            if let notifications { NotificationOutput.printSummary(notifications) }
        }
    }
}
