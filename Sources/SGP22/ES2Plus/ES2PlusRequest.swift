/// An ES2+ request body: it has a `RequestHeader` and belongs to one function.
public protocol ES2PlusRequest: Codable, Hashable, Sendable {
    /// What a successful call returns: an `RSPResponseMessage`, or `NoContent` for HTTP 204.
    associatedtype Response: Sendable
    /// The function this request calls.
    static var function: ES2PlusFunction { get }
    /// Who calls, and which call this is.
    var header: RequestHeader { get }
}
