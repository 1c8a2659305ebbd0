import SwiftASN1

/// A public key as RFC 5280 §4.1.2.7 carries it:
///
/// ```
/// SubjectPublicKeyInfo  ::=  SEQUENCE  {
///      algorithm            AlgorithmIdentifier,
///      subjectPublicKey     BIT STRING  }
/// ```
///
/// For elliptic-curve keys (RFC 5480) the algorithm is `id-ecPublicKey` and the parameters name
/// the curve; reading them here lets the PKI name a curve that swift-crypto cannot use.
struct SubjectPublicKeyInfoFields: DERImplicitlyTaggable, Hashable, Sendable {
    static var defaultIdentifier: ASN1Identifier { .sequence }

    var algorithm: AlgorithmIdentifierFields
    var subjectPublicKey: ASN1BitString

    init(algorithm: AlgorithmIdentifierFields, subjectPublicKey: ASN1BitString) {
        self.algorithm = algorithm
        self.subjectPublicKey = subjectPublicKey
    }

    init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(rootNode, identifier: identifier) { nodes in
            let algorithm = try AlgorithmIdentifierFields(derEncoded: &nodes)
            let key = try ASN1BitString(derEncoded: &nodes)
            return SubjectPublicKeyInfoFields(algorithm: algorithm, subjectPublicKey: key)
        }
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(algorithm)
            try coder.serialize(subjectPublicKey)
        }
    }

    /// The key's curve, told from the algorithm and its parameters.
    var curve: KeyCurve {
        guard algorithm.algorithm == RSPObjectIdentifiers.ecPublicKey else {
            return .notEllipticCurve(algorithm: algorithm.algorithm)
        }
        guard let parameters = algorithm.parameters, let named = try? ASN1ObjectIdentifier(asn1Any: parameters) else {
            return .unnamedParameters
        }
        return KeyCurve(namedCurve: named)
    }
}
