/// What a download needs from the user interface: the consent decision, the confirmation code, and somewhere
/// to report progress.
public struct DownloadInteraction: Sendable {
    /// Shows the profile's metadata and returns the user's decision (SGP.22's "End User confirmation").
    public var consent: @Sendable (ProfileOffer) async -> ConsentDecision
    /// The confirmation code, when the user gave it up front (e.g. `--cc` on the command line).
    public var confirmationCode: String?
    /// Asks the user for the confirmation code when the SM-DP+ requires one and none was given up front;
    /// `nil` (or an empty answer) means the user did not give one.
    public var askConfirmationCode: (@Sendable (ProfileOffer) async -> String?)?
    /// Receives each step, each segment sent and any cancellation.
    public var progress: @Sendable (DownloadProgress) -> Void

    /// An interaction from its parts.
    public init(
        consent: @escaping @Sendable (ProfileOffer) async -> ConsentDecision,
        confirmationCode: String? = nil,
        askConfirmationCode: (@Sendable (ProfileOffer) async -> String?)? = nil,
        progress: @escaping @Sendable (DownloadProgress) -> Void = { _ in }
    ) {
        self.consent = consent
        self.confirmationCode = confirmationCode
        self.askConfirmationCode = askConfirmationCode
        self.progress = progress
    }

    /// Accepts every offer without asking, with the confirmation code given up front (for scripts and `--yes`).
    public static func acceptingEverything(
        confirmationCode: String? = nil, progress: @escaping @Sendable (DownloadProgress) -> Void = { _ in }
    ) -> DownloadInteraction {
        DownloadInteraction(consent: { _ in .accept }, confirmationCode: confirmationCode, progress: progress)
    }
}
