/// ES2+: the interface between the operator and the SM-DP+ (SGP.22 sections 5.3 and 6.5.2), as JSON value types.
///
/// | function | caller → callee | request | response |
/// |---|---|---|---|
/// | downloadOrder | operator → SM-DP+ | `DownloadOrderRequest` | `DownloadOrderResponse` |
/// | confirmOrder | operator → SM-DP+ | `ConfirmOrderRequest` | `ConfirmOrderResponse` |
/// | cancelOrder | operator → SM-DP+ | `CancelOrderRequest` | `CancelOrderResponse` (header only) |
/// | releaseProfile | operator → SM-DP+ | `ReleaseProfileRequest` | `ReleaseProfileResponse` (header only) |
/// | handleDownloadProgressInfo | SM-DP+ → operator | `HandleDownloadProgressInfoRequest` | none (HTTP 204) |
///
/// Every ES2+ request starts with a `RequestHeader` naming the caller and the call. EIDs and ICCIDs travel as
/// strings of digits and are read into `EID` and `ICCID` (leniently: digits and length, no check digits).
public enum ES2Plus {
    /// The answer to `cancelOrder`: the header alone.
    public typealias CancelOrderResponse = HeaderOnlyResponse
    /// The answer to `releaseProfile`: the header alone.
    public typealias ReleaseProfileResponse = HeaderOnlyResponse
}
