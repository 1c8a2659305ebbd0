import SGP22
import SwiftASN1

/// A DER message of one Si2 function, request or response.
public protocol Si2Message: DERImplicitlyTaggable, Hashable, Sendable {
    /// The function the message belongs to.
    static var si2Function: Si2Function { get }
}
