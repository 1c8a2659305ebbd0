import SPB

/// What the SPBL keeps in RAM during one download, as a card keeps its RSP session: the challenge it
/// issued, then the session with the authenticated SPB Manager and the ephemeral key the bound image will be
/// opened with (module SPB's `SpblSession`). A restart, a new challenge, a load or a cancellation forgets it,
/// so a replayed image finds no session to open in.
struct SPBLSessionState: Sendable {
    /// The challenge of Si3.GetSpblChallenge, until AuthenticateSpbm uses it.
    var challenge: [UInt8]?
    /// The authenticated session, until LoadBoundSpbInfo or CancelSpbSession ends it.
    var authenticated: SpblSession?
}
