import SGP22
import SwiftASN1

/// The first element of every profile package: version, type, ICCID and what the eUICC must support.
///
/// In a package it is the ProfileElement alternative `header`, tagged `[0]` (`A0`). Components that a later
/// version of the PE definitions appends (the module is `EXTENSIBILITY IMPLIED`) are kept in ``extensions``,
/// so that decoding and re-encoding a header gives back the same bytes.
///
/// ```asn1
/// ProfileHeader ::= SEQUENCE {
///     major-version  UInt8,  -- set to 3 for this version of the specification
///     minor-version  UInt8,  -- set to 3 for this version of the specification
///     profileType    UTF8String (SIZE (1..100)) OPTIONAL, -- Profile type
///     iccid          OCTET STRING (SIZE (10)), -- ICCID of the Profile
///     pol            OCTET STRING OPTIONAL,
///     eUICC-Mandatory-services ServicesList,
///     eUICC-Mandatory-GFSTEList SEQUENCE OF OBJECT IDENTIFIER,
///     connectivityParameters OCTET STRING OPTIONAL,
///     eUICC-Mandatory-AIDs SEQUENCE OF SEQUENCE {
///         aid            ApplicationIdentifier,
///         version        OCTET STRING (SIZE (2))
///     } OPTIONAL,
///     iotOptions     IotOptions OPTIONAL -- details for IoT Minimal Profile, mandatory for IoT Minimal Profiles
/// }
/// ```
public struct ProfileHeader: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The header's tag inside a package: the CHOICE alternative `header`, `[0]`.
    public static let elementIdentifier = ASN1Identifier.context(0)

    /// The major version of the PE definitions the package follows (2 for the TS.48 packages).
    public var majorVersion: UInt8
    /// The minor version (1 or 3 for the TS.48 packages).
    public var minorVersion: UInt8
    /// A free text naming the kind of profile, such as "GSMA Generic eUICC Test Profile".
    public var profileType: String?
    /// The ICCID as the header stores it: ten bytes of BCD in printed nibble order, `F`-padded (not swapped,
    /// unlike EF.ICCID). ``ICCID/init(bcd:validation:)`` reads it.
    public var iccid: [UInt8]
    /// The profile policy rules, as the package carries them.
    public var pol: [UInt8]?
    /// The services the eUICC must offer.
    public var mandatoryServices: ServicesList
    /// The file-system templates (by OID) the eUICC must know.
    public var mandatoryGFSTEList: [ASN1ObjectIdentifier]
    /// Connectivity parameters (SMS or HTTPS for remote management), opaque here.
    public var connectivityParameters: [UInt8]?
    /// Applications the eUICC must already hold.
    public var mandatoryAIDs: [MandatoryAID]?
    /// IoT Minimal Profile details.
    public var iotOptions: IotOptions?
    /// Components after `iotOptions` that this version does not know, in their original encoding.
    public var extensions: [ASN1Any]

    public init(
        majorVersion: UInt8,
        minorVersion: UInt8,
        profileType: String? = nil,
        iccid: [UInt8],
        pol: [UInt8]? = nil,
        mandatoryServices: ServicesList,
        mandatoryGFSTEList: [ASN1ObjectIdentifier],
        connectivityParameters: [UInt8]? = nil,
        mandatoryAIDs: [MandatoryAID]? = nil,
        iotOptions: IotOptions? = nil,
        extensions: [ASN1Any] = []
    ) {
        self.majorVersion = majorVersion
        self.minorVersion = minorVersion
        self.profileType = profileType
        self.iccid = iccid
        self.pol = pol
        self.mandatoryServices = mandatoryServices
        self.mandatoryGFSTEList = mandatoryGFSTEList
        self.connectivityParameters = connectivityParameters
        self.mandatoryAIDs = mandatoryAIDs
        self.iotOptions = iotOptions
        self.extensions = extensions
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            let major = try UInt8(derEncoded: &nodes, withIdentifier: .context(0))
            let minor = try UInt8(derEncoded: &nodes, withIdentifier: .context(1))
            let profileType = try Self.optionalProfileType(&nodes)
            let iccid = try DER.octets(&nodes, identifier: .context(3), size: 10...10)
            let pol = try DER.optionalOctets(&nodes, identifier: .context(4))
            let services = try ServicesList(derEncoded: &nodes, withIdentifier: .context(5))
            let templates = try DER.sequence(of: ASN1ObjectIdentifier.self, identifier: .context(6), nodes: &nodes)
            let connectivity = try DER.optionalOctets(&nodes, identifier: .context(7))
            var aids: [MandatoryAID]?
            if let node = Self.next(&nodes, ifTagged: .context(8)) {
                aids = try DER.sequence(of: MandatoryAID.self, identifier: .context(8), rootNode: node)
            }
            let iot = try DER.optionalImplicitlyTagged(&nodes, tag: .context(9), as: IotOptions.self)
            var extensions: [ASN1Any] = []
            while let node = nodes.next() { extensions.append(ASN1Any(derEncoded: node)) }
            return ProfileHeader(
                majorVersion: major, minorVersion: minor, profileType: profileType, iccid: iccid, pol: pol,
                mandatoryServices: services, mandatoryGFSTEList: templates, connectivityParameters: connectivity,
                mandatoryAIDs: aids, iotOptions: iot, extensions: extensions)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try majorVersion.serialize(into: &coder, withIdentifier: .context(0))
            try minorVersion.serialize(into: &coder, withIdentifier: .context(1))
            if let profileType {
                try ASN1UTF8String(profileType).serialize(into: &coder, withIdentifier: .context(2))
            }
            try coder.serializeOctets(iccid, identifier: .context(3))
            try coder.serializeOptionalOctets(pol, identifier: .context(4))
            try mandatoryServices.serialize(into: &coder, withIdentifier: .context(5))
            try coder.serializeSequenceOf(mandatoryGFSTEList, identifier: .context(6))
            try coder.serializeOptionalOctets(connectivityParameters, identifier: .context(7))
            if let mandatoryAIDs { try coder.serializeSequenceOf(mandatoryAIDs, identifier: .context(8)) }
            try coder.serializeOptionalImplicitlyTagged(iotOptions, withIdentifier: .context(9))
            for element in extensions { try coder.serialize(element) }
        }
    }

    /// `profileType`: a UTF8String of 1 to 100 characters that must be valid UTF-8.
    private static func optionalProfileType(_ nodes: inout ASN1NodeCollection.Iterator) throws -> String? {
        guard let node = next(&nodes, ifTagged: .context(2)) else { return nil }
        let raw = try ASN1UTF8String(derEncoded: node, withIdentifier: .context(2))
        guard let text = String(validating: raw.bytes, as: UTF8.self) else {
            throw ASN1Error.invalidASN1Object(reason: "ProfileHeader profileType is not valid UTF-8")
        }
        guard (1...100).contains(text.count) else {
            throw ASN1Error.invalidASN1Object(
                reason: "ProfileHeader profileType has \(text.count) characters, allowed 1...100")
        }
        return text
    }

    /// The next node if it carries `identifier`, consuming it; otherwise nothing is consumed.
    private static func next(
        _ nodes: inout ASN1NodeCollection.Iterator, ifTagged identifier: ASN1Identifier
    )
        -> ASN1Node?
    {
        var lookahead = nodes
        guard let node = lookahead.next(), node.identifier == identifier else { return nil }
        nodes = lookahead
        return node
    }
}
