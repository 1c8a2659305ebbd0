import SGP22
import SwiftASN1

/// An application the eUICC must already hold, in the version given, for the profile to work
/// (one entry of `eUICC-Mandatory-AIDs`).
///
/// ```asn1
/// eUICC-Mandatory-AIDs SEQUENCE OF SEQUENCE {
///     aid            ApplicationIdentifier,   -- OCTET STRING (SIZE (5..16))
///     version        OCTET STRING (SIZE (2))
/// } OPTIONAL
/// ```
public struct MandatoryAID: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The application's AID.
    public var aid: [UInt8]
    /// Its version, two bytes.
    public var version: [UInt8]

    public init(aid: [UInt8], version: [UInt8]) {
        self.aid = aid
        self.version = version
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            let aid = try DER.octets(&nodes, identifier: .context(0), size: 5...16)
            let version = try DER.octets(&nodes, identifier: .context(1), size: 2...2)
            return MandatoryAID(aid: aid, version: version)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(aid, identifier: .context(0))
            try coder.serializeOctets(version, identifier: .context(1))
        }
    }
}
