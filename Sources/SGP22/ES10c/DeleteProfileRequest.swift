import SwiftASN1

/// ES10c.DeleteProfile: delete a disabled Profile.
///
/// A tagged CHOICE, so `BF33` wraps the `4F` or `5A` value.
///
/// ```asn1
/// DeleteProfileRequest ::= [51] CHOICE { -- Tag 'BF33'
///     isdpAid        [APPLICATION 15] OctetTo16, -- AID, tag '4F'
///     iccid          Iccid -- ICCID, tag '5A'
/// }
/// ```
public struct DeleteProfileRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF33`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF33) }

    public var profileIdentifier: ProfileIdentifier

    public init(profileIdentifier: ProfileIdentifier) {
        self.profileIdentifier = profileIdentifier
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "DeleteProfileRequest", identifier: identifier)
        self.profileIdentifier = try ProfileIdentifier(derEncoded: choice)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serialize(profileIdentifier, explicitlyTaggedWithIdentifier: identifier)
    }
}
