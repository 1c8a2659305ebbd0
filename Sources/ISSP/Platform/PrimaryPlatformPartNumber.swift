import SGP22

/// The part number of a Primary Platform: who made it, which model it is, the assurance level it was
/// certified at and the version of the SPBL it runs.
///
/// Text form, as the LBA shows it and the platform's configuration stores it:
/// `maker/model/assurance/spblVersion`, for example `SSPLab/vISSP-1/EAL4+/1.0.0`. Maker and model are 1 to
/// 20 characters of letters, digits, `-`, `_` and `.`; the assurance level is `EAL1`…`EAL7` with an
/// optional `+`; the SPBL version is `major.minor.revision`, each 0 to 255 (the SGP.22 VersionType range,
/// so that it travels in the same three octets). The longest text is 58 characters, within the 64 that
/// `SpblInfo.partNumber` carries on Si3.
public struct PrimaryPlatformPartNumber: Hashable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    /// The Primary Platform maker.
    public let maker: String
    /// The platform model.
    public let model: String
    /// The certified assurance level.
    public let assuranceLevel: AssuranceLevel
    /// The version of the SPB Loader the platform runs.
    public let spblVersion: VersionType

    /// The longest maker or model name.
    public static let maximumNameLength = 20

    /// A part number from its parts; maker and model are checked.
    public init(
        maker: String, model: String, assuranceLevel: AssuranceLevel, spblVersion: VersionType
    ) throws(PlatformDescriptionError) {
        try Self.checkName(maker, field: "maker")
        try Self.checkName(model, field: "model")
        self.maker = maker
        self.model = model
        self.assuranceLevel = assuranceLevel
        self.spblVersion = spblVersion
    }

    /// A part number from parts the caller has already checked (constants of this module).
    init(checkedMaker maker: String, model: String, assuranceLevel: AssuranceLevel, spblVersion: VersionType) {
        self.maker = maker
        self.model = model
        self.assuranceLevel = assuranceLevel
        self.spblVersion = spblVersion
    }

    /// Parses the text form `maker/model/assurance/spblVersion`.
    public init(parsing text: String) throws(PlatformDescriptionError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4 else {
            throw .invalidPartNumber(
                text,
                reason: "expected 4 slash-separated parts (maker/model/assurance/spblVersion), got \(parts.count)")
        }
        let level: AssuranceLevel
        do {
            level = try AssuranceLevel(parts[2])
        } catch {
            throw .invalidPartNumber(text, reason: "\(error)")
        }
        let numbers = parts[3].split(separator: ".", omittingEmptySubsequences: false).map { UInt8($0) }
        guard numbers.count == 3, let major = numbers[0], let minor = numbers[1], let revision = numbers[2] else {
            throw .invalidPartNumber(text, reason: "the SPBL version must be major.minor.revision, each 0 to 255")
        }
        do {
            try self.init(
                maker: parts[0], model: parts[1], assuranceLevel: level,
                spblVersion: VersionType(major: major, minor: minor, revision: revision))
        } catch {
            throw .invalidPartNumber(text, reason: "\(error)")
        }
    }

    /// LosslessStringConvertible: `nil` when `description` does not parse.
    public init?(_ description: String) {
        guard let parsed = try? PrimaryPlatformPartNumber(parsing: description) else { return nil }
        self = parsed
    }

    /// `maker/model/assurance/spblVersion`.
    public var description: String { "\(maker)/\(model)/\(assuranceLevel)/\(spblVersion)" }

    static func checkName(_ name: String, field: String) throws(PlatformDescriptionError) {
        guard (1...maximumNameLength).contains(name.count) else {
            throw .invalidPartNumber(name, reason: "the \(field) must be 1 to \(maximumNameLength) characters")
        }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
            throw .invalidPartNumber(name, reason: "the \(field) may hold only letters, digits, '-', '_' and '.'")
        }
    }
}
