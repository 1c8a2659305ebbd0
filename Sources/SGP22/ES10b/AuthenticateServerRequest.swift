import SwiftASN1
import X509

/// ES10b.AuthenticateServer: the RSP server's signed challenge, relayed by the LPA to the eUICC.
///
/// SGP.22 v3.1 may append `otherCertsInChain [1]` and `crlList [2]`; they are skipped when read.
///
/// ```asn1
/// AuthenticateServerRequest ::= [56] SEQUENCE { -- Tag 'BF38'
///     serverSigned1  ServerSigned1, -- Signed information
///     serverSignature1 [APPLICATION 55] OCTET STRING, -- tag 5F37
///     euiccCiPKIdToBeUsed SubjectKeyIdentifier, -- CI Public Key Identifier to be used
///     serverCertificate Certificate, -- RSP Server Certificate CERT.XXauth.ECDSA
///     ctxParams1     CtxParams1
/// }
/// ```
/// Components carry their own tags (`30`, `5F37`, `04`, `30`, `A0`): one of them is tagged in
/// the module, so automatic tagging does not apply to this SEQUENCE.
public struct AuthenticateServerRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF38`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF38) }

    public var serverSigned1: ServerSigned1
    /// The server's signature over `serverSigned1`, raw r‖s.
    public var serverSignature1: [UInt8]
    /// The subject key identifier of the CI whose chain the eUICC shall use.
    public var euiccCiPKIdToBeUsed: [UInt8]
    /// CERT.XXauth.ECDSA.
    public var serverCertificate: Certificate
    public var ctxParams1: CtxParams1

    public init(
        serverSigned1: ServerSigned1,
        serverSignature1: [UInt8],
        euiccCiPKIdToBeUsed: [UInt8],
        serverCertificate: Certificate,
        ctxParams1: CtxParams1
    ) {
        self.serverSigned1 = serverSigned1
        self.serverSignature1 = serverSignature1
        self.euiccCiPKIdToBeUsed = euiccCiPKIdToBeUsed
        self.serverCertificate = serverCertificate
        self.ctxParams1 = ctxParams1
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            AuthenticateServerRequest(
                serverSigned1: try DER.field(&nodes, "serverSigned1"),
                serverSignature1: try DER.octets(&nodes, identifier: .application(55)),
                euiccCiPKIdToBeUsed: try DER.octets(&nodes, identifier: .octetString),
                serverCertificate: try DER.field(&nodes, "serverCertificate"),
                ctxParams1: try DER.untaggedChoice(&nodes, "ctxParams1"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(serverSigned1)
            try coder.serializeOctets(serverSignature1, identifier: .application(55))
            try coder.serializeOctets(euiccCiPKIdToBeUsed, identifier: .octetString)
            try coder.serialize(serverCertificate)
            try coder.serialize(ctxParams1)
        }
    }
}
