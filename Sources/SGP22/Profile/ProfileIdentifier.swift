import SwiftASN1

/// Names a Profile by its ISD-P AID or its ICCID.
///
/// The module leaves this CHOICE anonymous inside EnableProfileRequest and
/// DisableProfileRequest; DeleteProfileRequest is the same CHOICE under its own tag.
///
/// ```asn1
/// profileIdentifier CHOICE {
///     isdpAid        [APPLICATION 15] OctetTo16, -- AID, tag '4F'
///     iccid          Iccid -- ICCID, tag '5A'
/// }
/// ```
public enum ProfileIdentifier: DERParseable, DERSerializable, Hashable, Sendable {
    /// The ISD-P AID (1 to 16 octets).
    case isdpAid([UInt8])
    case iccid(Iccid)

    public init(derEncoded node: ASN1Node) throws {
        switch node.identifier {
        case .application(15):
            let aid = try ASN1OctetString(derEncoded: node, withIdentifier: .application(15)).bytes
            guard (1...16).contains(aid.count) else {
                throw ASN1Error.invalidASN1Object(
                    reason: "profileIdentifier isdpAid has \(aid.count) bytes, allowed 1...16")
            }
            self = .isdpAid(Array(aid))
        case .application(26):
            self = .iccid(try Iccid(derEncoded: node))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "profileIdentifier: expected isdpAid (4F) or iccid (5A), found \(node.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer) throws {
        switch self {
        case .isdpAid(let aid):
            try coder.serializeOctets(aid, identifier: .application(15))
        case .iccid(let iccid):
            try coder.serialize(iccid)
        }
    }
}
