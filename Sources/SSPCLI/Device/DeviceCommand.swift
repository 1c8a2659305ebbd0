import ArgumentParser

/// `ssp device …`: a virtual device (an eUICC in a SQLite file plus the LPA's settings) and its LPA.
struct DeviceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "device",
        abstract: "A virtual device: its eUICC, profile downloads, local profile management and notifications.",
        discussion: """
            A device is a folder holding the card (card.sqlite, the eUICC engine's file) and the LPA's settings \
            (lpa.json: trusted TLS roots, device identity). Every command talks to the card through the APDU layer, \
            as a modem would. Pick the folder with --device or the SSP_DEVICE environment variable. See docs/lpa.md.
            """,
        subcommands: [
            DeviceCreateCommand.self, DeviceInfoCommand.self, DeviceDownloadCommand.self, DeviceProfilesCommand.self,
            DeviceEnableCommand.self, DeviceDisableCommand.self, DeviceDeleteCommand.self,
            DeviceNicknameCommand.self, DeviceNotificationsCommand.self,
        ]
    )
}
