import SGP22
import SwiftASN1

/// The part of Si3.AuthenticateSpbm that the SPB Manager signs (spbmSignature1), modelled on SGP.22's
/// serverSigned1.
///
/// It also binds the SPB Manager's key-agreement certificate (by its SHA-256), so that nobody can swap
/// in another key-agreement certificate of the same family and read the SPBL's token.
///
/// ```asn1
/// SpbmSigned1 ::= SEQUENCE {
///     transactionId [0] TransactionId,
///     spblChallenge [1] Octet16,
///     spbmChallenge [2] Octet16,
///     spbmAddress [3] UTF8String (SIZE (1..255)),
///     matchingId [4] UTF8String (SIZE (0..255)) OPTIONAL,
///     spbFamilyId [5] SpbFamilyId,
///     spbmKeyAgreementCertificateHash [6] Octet32 -- SHA-256 of the DER of spbmKeyAgreementCertificate
/// }
/// ```
public struct SpbmSigned1: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId { didSet { preserved = nil } }
    /// The challenge from Si3.GetSpblChallenge.
    public var spblChallenge: [UInt8] { didSet { preserved = nil } }
    /// The SPB Manager's own 16-byte challenge.
    public var spbmChallenge: [UInt8] { didSet { preserved = nil } }
    public var spbmAddress: String { didSet { preserved = nil } }
    /// The matching ID from the SSP activation code, when there was one.
    public var matchingId: String? { didSet { preserved = nil } }
    public var spbFamilyId: SpbFamilyId { didSet { preserved = nil } }
    /// SHA-256 of the DER of the SPB Manager's key-agreement certificate.
    public var spbmKeyAgreementCertificateHash: [UInt8] { didSet { preserved = nil } }

    private var preserved: ReceivedEncoding?

    public init(
        transactionId: TransactionId,
        spblChallenge: [UInt8],
        spbmChallenge: [UInt8],
        spbmAddress: String,
        matchingId: String? = nil,
        spbFamilyId: SpbFamilyId,
        spbmKeyAgreementCertificateHash: [UInt8]
    ) {
        self.transactionId = transactionId
        self.spblChallenge = spblChallenge
        self.spbmChallenge = spbmChallenge
        self.spbmAddress = spbmAddress
        self.matchingId = matchingId
        self.spbFamilyId = spbFamilyId
        self.spbmKeyAgreementCertificateHash = spbmKeyAgreementCertificateHash
    }

    /// The bytes spbmSignature1 covers: the DER of this value as the SPB Manager sent it.
    public func signedBytes() throws -> [UInt8] {
        try derBytes()
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SpbmSigned1(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                spblChallenge: try DER.octets(&nodes, "spblChallenge", identifier: .context(1), size: 16...16),
                spbmChallenge: try DER.octets(&nodes, "spbmChallenge", identifier: .context(2), size: 16...16),
                spbmAddress: try DER.utf8String(&nodes, "spbmAddress", identifier: .context(3), size: 1...255),
                matchingId: try DER.optionalUTF8String(&nodes, "matchingId", identifier: .context(4), size: 0...255),
                spbFamilyId: try DER.field(&nodes, "spbFamilyId", identifier: .context(5)),
                spbmKeyAgreementCertificateHash: try DER.octets(
                    &nodes, "spbmKeyAgreementCertificateHash", identifier: .context(6), size: 32...32))
        }
        preserved = ReceivedEncoding(node)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serialize(preserving: preserved, identifier: identifier) { coder in
            try coder.appendConstructedNode(identifier: identifier) { coder in
                try transactionId.serialize(into: &coder, withIdentifier: .context(0))
                try coder.serializeOctets(spblChallenge, identifier: .context(1))
                try coder.serializeOctets(spbmChallenge, identifier: .context(2))
                try coder.serializeUTF8String(spbmAddress, identifier: .context(3))
                try coder.serializeOptionalUTF8String(matchingId, identifier: .context(4))
                try spbFamilyId.serialize(into: &coder, withIdentifier: .context(5))
                try coder.serializeOctets(spbmKeyAgreementCertificateHash, identifier: .context(6))
            }
        }
    }

    /// Two values are equal when they put the same bytes on the wire.
    public static func == (lhs: SpbmSigned1, rhs: SpbmSigned1) -> Bool {
        lhs.encodedForComparison == rhs.encodedForComparison
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(encodedForComparison)
    }
}
