import SwiftASN1

/// ES10c.GetProfilesInfo: asks for the Profiles matching a criterion, with the listed tags.
///
/// ```asn1
/// ProfileInfoListRequest ::= [45] SEQUENCE { -- Tag 'BF2D'
///     searchCriteria [0] CHOICE {
///         isdpAid        [APPLICATION 15] OctetTo16, -- AID of the ISD-P, tag '4F'
///         iccid          Iccid, -- ICCID, tag '5A'
///         profileClass   [21] ProfileClass -- Tag '95'
///     } OPTIONAL,
///     tagList        [APPLICATION 28] OCTET STRING OPTIONAL -- tag '5C'
/// }
/// ```
/// `searchCriteria` is a CHOICE, so its `[0]` is explicit: `A0` wraps the chosen alternative.
public struct ProfileInfoListRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF2D`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF2D) }

    /// Which Profiles to list.
    public enum SearchCriteria: Hashable, Sendable {
        /// The ISD-P AID (1 to 16 octets).
        case isdpAid([UInt8])
        case iccid(Iccid)
        case profileClass(ProfileClass)
    }

    /// All Profiles when absent.
    public var searchCriteria: SearchCriteria?
    /// The ProfileInfo tags to return (e.g. `5A 90 91 92 9F70`); all when absent.
    public var tagList: [UInt8]?

    public init(searchCriteria: SearchCriteria? = nil, tagList: [UInt8]? = nil) {
        self.searchCriteria = searchCriteria
        self.tagList = tagList
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let criteria: SearchCriteria? = try DER.optionalExplicitlyTagged(
                &nodes, tagNumber: 0, tagClass: .contextSpecific
            ) { choice in
                switch choice.identifier {
                case .application(15), .application(26):
                    switch try ProfileIdentifier(derEncoded: choice) {
                    case .isdpAid(let aid): return .isdpAid(aid)
                    case .iccid(let iccid): return .iccid(iccid)
                    }
                case .context(21):
                    return .profileClass(try ProfileClass(derEncoded: choice, withIdentifier: .context(21)))
                default:
                    throw ASN1Error.invalidASN1Object(
                        reason: "ProfileInfoListRequest.searchCriteria: unknown alternative \(choice.identifier)")
                }
            }
            return ProfileInfoListRequest(
                searchCriteria: criteria,
                tagList: try DER.optionalOctets(&nodes, identifier: .application(28)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            if let searchCriteria {
                try coder.appendConstructedNode(identifier: .context(0)) { coder in
                    switch searchCriteria {
                    case .isdpAid(let aid):
                        try coder.serialize(ProfileIdentifier.isdpAid(aid))
                    case .iccid(let iccid):
                        try coder.serialize(iccid)
                    case .profileClass(let profileClass):
                        try profileClass.serialize(into: &coder, withIdentifier: .context(21))
                    }
                }
            }
            try coder.serializeOptionalOctets(tagList, identifier: .application(28))
        }
    }
}
