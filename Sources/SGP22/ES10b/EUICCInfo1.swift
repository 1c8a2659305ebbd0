import SwiftASN1

/// The eUICC's first answer in mutual authentication: its SGP.22 version and the CIs it trusts
/// (ES10b.GetEUICCInfo, GetEuiccInfo1Request).
///
/// The CI public key identifiers are SubjectKeyIdentifier values (`OCTET STRING`), kept as bytes.
/// v3.1 renames `svn` to `lowestSvn` and adds the last three components.
///
/// ```asn1
/// EUICCInfo1 ::= [32] SEQUENCE { -- Tag 'BF20'
///     svn            [2] VersionType, -- GSMA SGP.22 version supported (SVN)
///     euiccCiPKIdListForVerification [9] SEQUENCE OF SubjectKeyIdentifier,
///     euiccCiPKIdListForSigning [10] SEQUENCE OF SubjectKeyIdentifier,
///     -- SGP.22 v3.1:
///     euiccCiPKIdListForSigningV3 [17] SEQUENCE OF SubjectKeyIdentifier OPTIONAL, -- #SupportedFromV3.0.0#
///     euiccRspCapability [8] EuiccRspCapability OPTIONAL, -- #MandatoryFromV3.0.0#
///     highestSvn     [19] VersionType OPTIONAL -- #SupportedFromV3.0.0#
/// }
/// ```
public struct EUICCInfo1: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF20`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF20) }

    /// SGP.22 version supported (v3.1: the lowest).
    public var svn: VersionType
    /// CI public key identifiers the eUICC verifies signatures with.
    public var euiccCiPKIdListForVerification: [[UInt8]]
    /// CI public key identifiers whose chains certify the eUICC's signatures.
    public var euiccCiPKIdListForSigning: [[UInt8]]
    public var euiccCiPKIdListForSigningV3: [[UInt8]]?
    public var euiccRspCapability: RspCapability?
    public var highestSvn: VersionType?

    public init(
        svn: VersionType,
        euiccCiPKIdListForVerification: [[UInt8]],
        euiccCiPKIdListForSigning: [[UInt8]],
        euiccCiPKIdListForSigningV3: [[UInt8]]? = nil,
        euiccRspCapability: RspCapability? = nil,
        highestSvn: VersionType? = nil
    ) {
        self.svn = svn
        self.euiccCiPKIdListForVerification = euiccCiPKIdListForVerification
        self.euiccCiPKIdListForSigning = euiccCiPKIdListForSigning
        self.euiccCiPKIdListForSigningV3 = euiccCiPKIdListForSigningV3
        self.euiccRspCapability = euiccRspCapability
        self.highestSvn = highestSvn
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            EUICCInfo1(
                svn: try DER.field(&nodes, "svn", identifier: .context(2)),
                euiccCiPKIdListForVerification: try DER.octetsList(
                    &nodes, "euiccCiPKIdListForVerification", identifier: .context(9)),
                euiccCiPKIdListForSigning: try DER.octetsList(
                    &nodes, "euiccCiPKIdListForSigning", identifier: .context(10)),
                euiccCiPKIdListForSigningV3: try DER.optionalOctetsList(
                    &nodes, "euiccCiPKIdListForSigningV3", identifier: .context(17)),
                euiccRspCapability: try DER.optionalImplicitlyTagged(&nodes, tag: .context(8)),
                highestSvn: try DER.optionalImplicitlyTagged(&nodes, tag: .context(19)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try svn.serialize(into: &coder, withIdentifier: .context(2))
            try coder.serializeOctetsList(euiccCiPKIdListForVerification, identifier: .context(9))
            try coder.serializeOctetsList(euiccCiPKIdListForSigning, identifier: .context(10))
            if let euiccCiPKIdListForSigningV3 {
                try coder.serializeOctetsList(euiccCiPKIdListForSigningV3, identifier: .context(17))
            }
            try coder.serializeOptionalImplicitlyTagged(euiccRspCapability, withIdentifier: .context(8))
            try coder.serializeOptionalImplicitlyTagged(highestSvn, withIdentifier: .context(19))
        }
    }
}
