import SGP22
import SwiftASN1

/// Si2.InitiateSpbDownload: opens a download session at the SPB Manager (like ES9+ InitiateAuthentication).
///
/// ```asn1
/// InitiateSpbDownloadRequest ::= [4225] SEQUENCE { -- Tag 'BFA101'
///     spbmAddress [0] UTF8String (SIZE (1..255)),
///     spblChallenge [1] Octet16,
///     matchingId [2] UTF8String (SIZE (0..255)) OPTIONAL,
///     spbFamilyId [3] SpbFamilyId,
///     ciPKIdToBeUsed [4] SubjectKeyIdentifier,
///     spblInfo SpblInfo
/// }
/// ```
public struct InitiateSpbDownloadRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA101`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA101) }

    /// The address the LBA called, which the SPB Manager checks against its own.
    public var spbmAddress: String
    /// The challenge from Si3.GetSpblChallenge.
    public var spblChallenge: [UInt8]
    /// The matching ID from the SSP activation code.
    public var matchingId: String?
    public var spbFamilyId: SpbFamilyId
    /// The CI from Si2.GetSpbmCertificate.
    public var ciPKIdToBeUsed: [UInt8]
    /// The SPBL's capabilities, so the SPB Manager can pick an interoperable bundle.
    public var spblInfo: SpblInfo

    public init(
        spbmAddress: String,
        spblChallenge: [UInt8],
        matchingId: String? = nil,
        spbFamilyId: SpbFamilyId,
        ciPKIdToBeUsed: [UInt8],
        spblInfo: SpblInfo
    ) {
        self.spbmAddress = spbmAddress
        self.spblChallenge = spblChallenge
        self.matchingId = matchingId
        self.spbFamilyId = spbFamilyId
        self.ciPKIdToBeUsed = ciPKIdToBeUsed
        self.spblInfo = spblInfo
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            InitiateSpbDownloadRequest(
                spbmAddress: try DER.utf8String(&nodes, "spbmAddress", identifier: .context(0), size: 1...255),
                spblChallenge: try DER.octets(&nodes, "spblChallenge", identifier: .context(1), size: 16...16),
                matchingId: try DER.optionalUTF8String(&nodes, "matchingId", identifier: .context(2), size: 0...255),
                spbFamilyId: try DER.field(&nodes, "spbFamilyId", identifier: .context(3)),
                ciPKIdToBeUsed: try DER.octets(&nodes, "ciPKIdToBeUsed", identifier: .context(4), size: 1...64),
                spblInfo: try DER.field(&nodes, "spblInfo"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeUTF8String(spbmAddress, identifier: .context(0))
            try coder.serializeOctets(spblChallenge, identifier: .context(1))
            try coder.serializeOptionalUTF8String(matchingId, identifier: .context(2))
            try spbFamilyId.serialize(into: &coder, withIdentifier: .context(3))
            try coder.serializeOctets(ciPKIdToBeUsed, identifier: .context(4))
            try coder.serialize(spblInfo)
        }
    }
}
