import SwiftASN1

/// ES10a.GetEuiccConfiguredAddresses: the default SM-DP+ and root SM-DS addresses.
///
/// v3.1 names the type `EuiccConfiguredDataResponse` and adds the last three components.
///
/// ```asn1
/// EuiccConfiguredAddressesResponse ::= [60] SEQUENCE { -- Tag 'BF3C'
///     defaultDpAddress UTF8String OPTIONAL, -- Default SM-DP+ address as an FQDN
///     rootDsAddress  UTF8String, -- Root SM-DS address as an FQDN
///     -- SGP.22 v3.1:
///     additionalRootDsAddresses SEQUENCE OF UTF8String OPTIONAL, -- #SupportedFromV3.0.0#
///     allowedCiPKId  SubjectKeyIdentifier OPTIONAL, -- #SupportedFromV3.0.0# PKID allowed for the Default SM-DP+
///     ciList         SEQUENCE OF SEQUENCE { -- #SupportedFromV3.0.0#
///         ciPKId         SubjectKeyIdentifier, -- List of eSIM CA RootCA public key identifiers supported
///         ciName         UTF8String -- on the eUICC together with a readable name
///     } OPTIONAL
/// }
/// ```
/// Automatic tagging makes the components `80`, `81`, `A2`, `83`, `A4` (and `80`, `81` inside a `ciList` entry).
public struct EuiccConfiguredAddressesResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF3C`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF3C) }

    /// One `ciList` entry: a CI public key identifier and a readable name (v3.1).
    public struct CiInfo: DERImplicitlyTaggable, Hashable, Sendable {
        public static var defaultIdentifier: ASN1Identifier { .sequence }

        public var ciPKId: [UInt8]
        public var ciName: String

        public init(ciPKId: [UInt8], ciName: String) {
            self.ciPKId = ciPKId
            self.ciName = ciName
        }

        public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
            self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
                CiInfo(
                    ciPKId: try DER.octets(&nodes, identifier: .context(0)),
                    ciName: try DER.utf8String(&nodes, "ciName", identifier: .context(1)))
            }
        }

        public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
            try coder.appendConstructedNode(identifier: identifier) { coder in
                try coder.serializeOctets(ciPKId, identifier: .context(0))
                try coder.serializeUTF8String(ciName, identifier: .context(1))
            }
        }
    }

    /// The default SM-DP+ address (an FQDN), if one is set.
    public var defaultDpAddress: String?
    /// The root SM-DS address (an FQDN).
    public var rootDsAddress: String
    public var additionalRootDsAddresses: [String]?
    /// The CI public key identifier allowed for the default SM-DP+.
    public var allowedCiPKId: [UInt8]?
    public var ciList: [CiInfo]?

    public init(
        defaultDpAddress: String? = nil,
        rootDsAddress: String,
        additionalRootDsAddresses: [String]? = nil,
        allowedCiPKId: [UInt8]? = nil,
        ciList: [CiInfo]? = nil
    ) {
        self.defaultDpAddress = defaultDpAddress
        self.rootDsAddress = rootDsAddress
        self.additionalRootDsAddresses = additionalRootDsAddresses
        self.allowedCiPKId = allowedCiPKId
        self.ciList = ciList
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let defaultDp = try DER.optionalUTF8String(&nodes, "defaultDpAddress", identifier: .context(0))
            let rootDs = try DER.utf8String(&nodes, "rootDsAddress", identifier: .context(1))
            let additional: [String]? = try DER.optionalImplicitlyTagged(
                &nodes, tagNumber: 2, tagClass: .contextSpecific
            ) { node in
                guard case .constructed(let elements) = node.content else {
                    throw ASN1Error.invalidASN1Object(
                        reason: "EuiccConfiguredAddressesResponse.additionalRootDsAddresses is not constructed")
                }
                return try elements.map { try DER.utf8String($0, "additionalRootDsAddresses") }
            }
            return EuiccConfiguredAddressesResponse(
                defaultDpAddress: defaultDp,
                rootDsAddress: rootDs,
                additionalRootDsAddresses: additional,
                allowedCiPKId: try DER.optionalOctets(&nodes, identifier: .context(3)),
                ciList: try DER.optionalSequenceOf(&nodes, "ciList", identifier: .context(4)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOptionalUTF8String(defaultDpAddress, identifier: .context(0))
            try coder.serializeUTF8String(rootDsAddress, identifier: .context(1))
            if let additionalRootDsAddresses {
                try coder.appendConstructedNode(identifier: .context(2)) { coder in
                    for address in additionalRootDsAddresses {
                        try coder.serializeUTF8String(address)
                    }
                }
            }
            try coder.serializeOptionalOctets(allowedCiPKId, identifier: .context(3))
            if let ciList {
                try coder.serializeSequenceOf(ciList, identifier: .context(4))
            }
        }
    }
}
