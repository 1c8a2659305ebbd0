import SwiftASN1

/// ES10c.GetProfilesInfo: the matching Profiles, or an error.
///
/// A tagged CHOICE, so `BF2D` wraps the chosen alternative; automatic tagging makes
/// the alternatives `A0` (holding the `E3` ProfileInfo values) and `81`.
///
/// ```asn1
/// ProfileInfoListResponse ::= [45] CHOICE { -- Tag 'BF2D'
///     profileInfoListOk SEQUENCE OF ProfileInfo,
///     profileInfoListError ProfileInfoListError
/// }
/// ```
public enum ProfileInfoListResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF2D`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF2D) }

    case profileInfoListOk([ProfileInfo])
    case profileInfoListError(ProfileInfoListError)

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "ProfileInfoListResponse", identifier: identifier)
        switch choice.identifier {
        case .context(0):
            self = .profileInfoListOk(try DER.sequenceOf(choice, "profileInfoListOk", identifier: .context(0)))
        case .context(1):
            self = .profileInfoListError(try ProfileInfoListError(derEncoded: choice, withIdentifier: .context(1)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "ProfileInfoListResponse: unknown alternative \(choice.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            switch self {
            case .profileInfoListOk(let profiles):
                try coder.serializeSequenceOf(profiles, identifier: .context(0))
            case .profileInfoListError(let error):
                try error.serialize(into: &coder, withIdentifier: .context(1))
            }
        }
    }
}
