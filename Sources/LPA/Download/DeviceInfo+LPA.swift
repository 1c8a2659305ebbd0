import SGP22

extension DeviceInfo {
    /// The DeviceInfo a virtual device sends in ctxParams1 when nothing else is configured: the lab's TAC
    /// `35290611` and a device supporting GSM, UTRAN and E-UTRAN of 3GPP Release 15 (the SGP.22 v2.2 fields
    /// only, so that any v2 SM-DP+ reads it).
    public static var labDevice: DeviceInfo {
        DeviceInfo(
            tac: [0x35, 0x29, 0x06, 0x11],
            deviceCapabilities: DeviceCapabilities(
                gsmSupportedRelease: VersionType(major: 15, minor: 0),
                utranSupportedRelease: VersionType(major: 15, minor: 0),
                eutranSupportedRelease: VersionType(major: 15, minor: 0)))
    }
}
