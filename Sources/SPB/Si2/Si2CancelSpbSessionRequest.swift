import SGP22
import SwiftASN1

/// Si2.CancelSpbSession: the LBA relays the SPBL's signed cancellation (like ES9+ CancelSession).
///
/// ```asn1
/// Si2CancelSpbSessionRequest ::= [4229] SEQUENCE { -- Tag 'BFA105'
///     transactionId [0] TransactionId,
///     cancelSpbSessionResponse CancelSpbSessionResponse
/// }
/// ```
public struct Si2CancelSpbSessionRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA105`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA105) }

    public var transactionId: TransactionId
    /// `BFA006`, as Si3.CancelSpbSession returned it.
    public var cancelSpbSessionResponse: CancelSpbSessionResponse

    public init(transactionId: TransactionId, cancelSpbSessionResponse: CancelSpbSessionResponse) {
        self.transactionId = transactionId
        self.cancelSpbSessionResponse = cancelSpbSessionResponse
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            Si2CancelSpbSessionRequest(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                cancelSpbSessionResponse: try DER.field(&nodes, "cancelSpbSessionResponse"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serialize(cancelSpbSessionResponse)
        }
    }
}
