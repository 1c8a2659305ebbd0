import ArgumentParser
import LPA

/// `ssp device nickname ICCID NAME`.
struct DeviceNicknameCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nickname", abstract: "Set a profile's nickname (ES10c SetNickname).")

    @Argument(help: "The profile's ICCID.")
    var iccid: String

    @Argument(help: "The nickname (at most 64 bytes of UTF-8); an empty string clears it.")
    var name: String

    @OptionGroup var device: DeviceOptions

    init() {}

    func validate() throws {
        guard name.utf8.count <= 64 else {
            throw ValidationError("The nickname has \(name.utf8.count) bytes; SGP.22 allows at most 64.")
        }
    }

    func run() async throws {
        let iccid = try ProfileArgument.iccid(iccid)
        try await VirtualDevice(directory: device.url).withLPA { lpa, _ in
            try await lpa.setNickname(name, for: iccid)
            print(name.isEmpty ? "Cleared the nickname of \(iccid)." : "The profile \(iccid) is now called \"\(name)\".")
        }
    }
}
