import SwiftASN1

/// ES10c.DisableProfile: disable a Profile.
///
/// ```asn1
/// DisableProfileRequest ::= [50] SEQUENCE { -- Tag 'BF32'
///     profileIdentifier CHOICE {
///         isdpAid        [APPLICATION 15] OctetTo16, -- AID, tag '4F'
///         iccid          Iccid -- ICCID, tag '5A'
///     },
///     refreshFlag    BOOLEAN -- indicating whether REFRESH is required
/// }
/// ```
/// Automatic tagging makes the components `A0` (explicit, around the CHOICE) and `81`.
public struct DisableProfileRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF32`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF32) }

    public var profileIdentifier: ProfileIdentifier
    /// Whether the Device must REFRESH after the change.
    public var refreshFlag: Bool

    public init(profileIdentifier: ProfileIdentifier, refreshFlag: Bool) {
        self.profileIdentifier = profileIdentifier
        self.refreshFlag = refreshFlag
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            guard let choice = nodes.next() else {
                throw ASN1Error.invalidASN1Object(reason: "DisableProfileRequest: missing profileIdentifier")
            }
            return DisableProfileRequest(
                profileIdentifier: try ProfileIdentifier(
                    derEncoded: try DER.explicitChild(choice, "profileIdentifier", identifier: .context(0))),
                refreshFlag: try DER.field(&nodes, "refreshFlag", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(profileIdentifier, explicitlyTaggedWithIdentifier: .context(0))
            try refreshFlag.serialize(into: &coder, withIdentifier: .context(1))
        }
    }
}
