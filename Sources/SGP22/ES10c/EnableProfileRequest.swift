import SwiftASN1

/// ES10c.EnableProfile: enable a Profile, optionally on a given eSIM Port (MEP, v3.1).
///
/// ```asn1
/// EnableProfileRequest ::= [49] SEQUENCE { -- Tag 'BF31'
///     profileIdentifier CHOICE {
///         isdpAid        [APPLICATION 15] OctetTo16, -- AID, tag '4F'
///         iccid          Iccid -- ICCID, tag '5A'
///     },
///     refreshFlag    BOOLEAN, -- indicating whether REFRESH is required
///     targetEsimPort INTEGER OPTIONAL -- #SupportedForMEPV3.0.0#
/// }
/// ```
/// Automatic tagging makes the components `A0` (explicit, around the CHOICE), `81`, `82`.
public struct EnableProfileRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF31`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF31) }

    public var profileIdentifier: ProfileIdentifier
    /// Whether the Device must REFRESH after the change.
    public var refreshFlag: Bool
    /// v3.1 (MEP): the eSIM Port to enable the Profile on.
    public var targetEsimPort: Int?

    public init(profileIdentifier: ProfileIdentifier, refreshFlag: Bool, targetEsimPort: Int? = nil) {
        self.profileIdentifier = profileIdentifier
        self.refreshFlag = refreshFlag
        self.targetEsimPort = targetEsimPort
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            guard let choice = nodes.next() else {
                throw ASN1Error.invalidASN1Object(reason: "EnableProfileRequest: missing profileIdentifier")
            }
            return EnableProfileRequest(
                profileIdentifier: try ProfileIdentifier(
                    derEncoded: try DER.explicitChild(choice, "profileIdentifier", identifier: .context(0))),
                refreshFlag: try DER.field(&nodes, "refreshFlag", identifier: .context(1)),
                targetEsimPort: try DER.optionalImplicitlyTagged(&nodes, tag: .context(2)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(profileIdentifier, explicitlyTaggedWithIdentifier: .context(0))
            try refreshFlag.serialize(into: &coder, withIdentifier: .context(1))
            try coder.serializeOptionalImplicitlyTagged(targetEsimPort, withIdentifier: .context(2))
        }
    }
}
