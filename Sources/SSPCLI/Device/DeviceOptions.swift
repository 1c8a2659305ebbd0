import ArgumentParser
import Foundation

/// The `--device DIR` option every device command takes.
struct DeviceOptions: ParsableArguments {
    /// The environment variable that names the device folder when `--device` is not given.
    static let environmentVariable = "SSP_DEVICE"

    @Option(name: .customLong("device"), help: "The device folder (default: $SSP_DEVICE, else ./device).")
    var directory: String?

    /// The device folder.
    var url: URL {
        let path = directory ?? ProcessInfo.processInfo.environment[Self.environmentVariable] ?? "device"
        return URL(fileURLWithPath: path)
    }
}
