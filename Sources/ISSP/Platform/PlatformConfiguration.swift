import SGP22

/// What kind of Primary Platform a platform directory holds: its part number, firmware version and limits.
/// Fixed when the platform is created and kept in its file; the identifier comes from the SPBL certificate.
public struct PlatformConfiguration: Hashable, Sendable {
    /// Maker, model, assurance level and SPBL version.
    public var partNumber: PrimaryPlatformPartNumber
    /// The Primary Platform firmware version GetSpblInfo reports.
    public var firmwareVersion: VersionType
    /// Memory, active bundles and modem ports.
    public var limits: PlatformLimits

    /// A configuration; by default the lab's virtual iSSP (`SSPLab/vISSP/EAL4+/1.0.0`, firmware 1.0.0,
    /// 4 MiB, 2 active bundles on 2 ports).
    public init(
        partNumber: PrimaryPlatformPartNumber = PlatformConfiguration.labPartNumber,
        firmwareVersion: VersionType = VersionType(major: 1, minor: 0, revision: 0),
        limits: PlatformLimits = PlatformLimits()
    ) {
        self.partNumber = partNumber
        self.firmwareVersion = firmwareVersion
        self.limits = limits
    }

    /// The part number of the lab's virtual iSSP.
    public static let labPartNumber = PrimaryPlatformPartNumber(
        checkedMaker: "SSPLab", model: "vISSP", assuranceLevel: AssuranceLevel(checkedLevel: 4, augmented: true),
        spblVersion: VersionType(major: 1, minor: 0, revision: 0))
}
