import SwiftASN1

/// ES10c.SetNickname: set the End User's nickname for a Profile.
///
/// ```asn1
/// SetNicknameRequest ::= [41] SEQUENCE { -- Tag 'BF29'
///     iccid          Iccid,
///     profileNickname [16] UTF8String (SIZE (0..64))
/// }
/// ```
public struct SetNicknameRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF29`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF29) }

    public var iccid: Iccid
    /// At most 64 characters; empty clears the nickname.
    public var profileNickname: String

    public init(iccid: Iccid, profileNickname: String) {
        self.iccid = iccid
        self.profileNickname = profileNickname
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SetNicknameRequest(
                iccid: try DER.field(&nodes, "iccid"),
                profileNickname: try DER.utf8String(
                    &nodes, "profileNickname", identifier: .context(16), size: 0...64))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(iccid)
            try coder.serializeUTF8String(profileNickname, identifier: .context(16))
        }
    }
}
