import SGP22

/// An Si2 request, tied to the answer a successful call returns, so that a client can write one generic
/// `call(_ request:)` and a server can route by `si2Function.path`.
public protocol Si2Request: Si2Message {
    /// `Si2ResponseBody<…Response>`, or `NoContent` for `handleSpbNotification` (HTTP 204).
    associatedtype Response: Sendable
}
