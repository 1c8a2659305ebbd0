import SGP22
import SwiftASN1

/// How the installation of a bound SPB image ended.
///
/// An untagged CHOICE (alternatives `80 00` and `81`), carried under the explicit `[4]` of
/// ``SpbInstallationResultData``.
///
/// ```asn1
/// SpbInstallationOutcome ::= CHOICE {
///     installed [0] NULL,
///     failed [1] SpblErrorReason
/// }
/// ```
public enum SpbInstallationOutcome: DERParseable, DERSerializable, Hashable, Sendable {
    case installed
    case failed(SpblErrorReason)

    public init(derEncoded node: ASN1Node) throws {
        switch node.identifier {
        case .context(0):
            _ = try ASN1Null(derEncoded: node, withIdentifier: .context(0))
            self = .installed
        case .context(1):
            self = .failed(try SpblErrorReason(derEncoded: node, withIdentifier: .context(1)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "SpbInstallationOutcome: expected installed 80 or failed 81, found \(node.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer) throws {
        switch self {
        case .installed:
            try ASN1Null().serialize(into: &coder, withIdentifier: .context(0))
        case .failed(let reason):
            try reason.serialize(into: &coder, withIdentifier: .context(1))
        }
    }
}
