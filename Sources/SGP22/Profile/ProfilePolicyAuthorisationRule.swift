import SwiftASN1

/// One rule of the eUICC's Rules Authorisation Table: which operators may set which PPRs.
///
/// ```asn1
/// ProfilePolicyAuthorisationRule ::= SEQUENCE {
///     pprIds         PprIds,
///     allowedOperators SEQUENCE OF OperatorId,
///     pprFlags       BIT STRING {consentRequired (0)}
/// }
/// ```
/// Automatic tagging makes the components `80`, `A1`, `82`.
public struct ProfilePolicyAuthorisationRule: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// `pprFlags BIT STRING {consentRequired (0)}`.
    public struct PprFlags: NamedBitList {
        public var rawValue: UInt64

        public init(rawValue: UInt64) {
            self.rawValue = rawValue
        }

        /// The End User must consent before a Profile with these PPRs is installed.
        public static let consentRequired = PprFlags(bit: 0)
    }

    public var pprIds: PprIds
    public var allowedOperators: [OperatorId]
    public var pprFlags: PprFlags

    public init(pprIds: PprIds, allowedOperators: [OperatorId], pprFlags: PprFlags) {
        self.pprIds = pprIds
        self.allowedOperators = allowedOperators
        self.pprFlags = pprFlags
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            ProfilePolicyAuthorisationRule(
                pprIds: try DER.field(&nodes, "pprIds", identifier: .context(0)),
                allowedOperators: try DER.sequenceOf(&nodes, "allowedOperators", identifier: .context(1)),
                pprFlags: try DER.field(&nodes, "pprFlags", identifier: .context(2)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try pprIds.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeSequenceOf(allowedOperators, identifier: .context(1))
            try pprFlags.serialize(into: &coder, withIdentifier: .context(2))
        }
    }
}
