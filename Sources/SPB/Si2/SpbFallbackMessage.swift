import SGP22
import SwiftASN1

/// The SPB Manager's offer to fall back to an SGP.22 Profile download after a failed Telecom Bundle
/// download (seed requirements IRSP1 to IRSP3).
///
/// Any Si2 function may return it once the download has failed: the HTTP binding carries it beside the
/// `Failed` status (`spbFallbackMessage` in the JSON body). When it holds an RSP activation code, the LBA
/// starts an SGP.22 download with that code (IRSP3). It is not signed: it travels over the same
/// server-authenticated TLS as every Si2 answer, and the SGP.22 download it leads to authenticates itself.
///
/// ```asn1
/// SpbFallbackMessage ::= [4354] SEQUENCE { -- Tag 'BFA202'
///     reason [0] SpbFallbackReason,
///     rspActivationCode [1] UTF8String (SIZE (1..512)) OPTIONAL, -- an SGP.22 activation code, "LPA:1$..."
///     message [2] UTF8String (SIZE (0..512)) OPTIONAL          -- text the LBA may show
/// }
/// ```
public struct SpbFallbackMessage: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA202`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA202) }

    public var reason: SpbFallbackReason
    /// The SGP.22 activation code to download a Profile with; written with its `LPA:` prefix.
    public var rspActivationCode: ActivationCode?
    /// Text the LBA may show.
    public var message: String?

    public init(reason: SpbFallbackReason, rspActivationCode: ActivationCode? = nil, message: String? = nil) {
        self.reason = reason
        self.rspActivationCode = rspActivationCode
        self.message = message
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let reason: SpbFallbackReason = try DER.field(&nodes, "reason", identifier: .context(0))
            var code: ActivationCode?
            if let text = try DER.optionalUTF8String(
                &nodes, "rspActivationCode", identifier: .context(1), size: 1...512)
            {
                do {
                    code = try ActivationCode(text)
                } catch {
                    throw ASN1Error.invalidASN1Object(
                        reason: "SpbFallbackMessage: rspActivationCode is not an SGP.22 activation code: \(error)")
                }
            }
            return SpbFallbackMessage(
                reason: reason, rspActivationCode: code,
                message: try DER.optionalUTF8String(&nodes, "message", identifier: .context(2), size: 0...512))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try reason.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeOptionalUTF8String(rspActivationCode?.qrCodeText, identifier: .context(1))
            try coder.serializeOptionalUTF8String(message, identifier: .context(2))
        }
    }
}
