/// ES9+: the interface between the LPA and the SM-DP+ (SGP.22 sections 5.6 and 6.5.2), as JSON value types.
///
/// | function | request | response |
/// |---|---|---|
/// | initiateAuthentication | `InitiateAuthenticationRequest` | `InitiateAuthenticationResponse` |
/// | authenticateClient | `AuthenticateClientRequest` | `AuthenticateClientResponse` |
/// | getBoundProfilePackage | `GetBoundProfilePackageRequest` | `GetBoundProfilePackageResponse` |
/// | handleNotification | `HandleNotificationRequest` | none (HTTP 204) |
/// | cancelSession | `CancelSessionRequest` | `CancelSessionResponse` (header only) |
///
/// Binary fields are the exact bytes the eUICC or SM-DP+ produced (DER of the ASN.1 types SGP.22 names), kept
/// as `[UInt8]` so that signatures over them can be checked; the ES10 types parse them.
public enum ES9Plus {
    /// The answer to `cancelSession`: the header alone.
    public typealias CancelSessionResponse = HeaderOnlyResponse
}
