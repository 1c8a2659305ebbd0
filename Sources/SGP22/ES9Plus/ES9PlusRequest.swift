/// An ES9+ request body, tied to its function and to the type of its answer.
///
/// Lets a client write one generic `call(_ request:)` and a server route by `function.path`.
public protocol ES9PlusRequest: Codable, Hashable, Sendable {
    /// What a successful call returns: an `RSPResponseMessage`, or `NoContent` for HTTP 204.
    associatedtype Response: Sendable
    /// The function this request calls.
    static var function: ES9PlusFunction { get }
}
