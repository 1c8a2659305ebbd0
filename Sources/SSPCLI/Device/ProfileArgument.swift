import SGP22

/// Parses the ICCID a profile command names.
enum ProfileArgument {
    static func iccid(_ text: String) throws -> ICCID {
        do {
            return try ICCID(text, validation: .lenient)
        } catch {
            throw DeviceCommandError.invalidICCID(text, reason: "\(error)")
        }
    }
}
