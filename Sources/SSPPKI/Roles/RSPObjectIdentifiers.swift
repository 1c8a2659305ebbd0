import SwiftASN1

/// Object identifiers fixed by the public standards that the PKI reads or writes.
public enum RSPObjectIdentifiers {
    /// `id-rsp OBJECT IDENTIFIER ::= {joint-iso-itu-t(2) international-organizations(23) gsma(146) rsp(1)}`
    public static let rsp: ASN1ObjectIdentifier = [2, 23, 146, 1]

    /// `id-rspRole OBJECT IDENTIFIER ::= {id-rsp-cert-objects 1}`, that is `2.23.146.1.2.1`.
    /// SGP.22 v2.2 §4.5.2 places one policy per certificate role under it.
    public static let rspRole: ASN1ObjectIdentifier = [2, 23, 146, 1, 2, 1]

    /// The GSMA `permittedEins` extension, `2.23.146.1.2.2.0` (SGP.22 v3 EUM certificates):
    /// `PermittedEins ::= SEQUENCE OF PrintableString`, each string an EID prefix.
    public static let permittedEINsExtension: ASN1ObjectIdentifier = [2, 23, 146, 1, 2, 2, 0]

    /// `id-ce-certificatePolicies` (RFC 5280 §4.2.1.4).
    public static let certificatePoliciesExtension: ASN1ObjectIdentifier = [2, 5, 29, 32]

    /// `id-at-serialNumber` (X.520): the attribute that carries the EID in an eUICC certificate subject.
    public static let serialNumberAttribute: ASN1ObjectIdentifier = [2, 5, 4, 5]

    /// `id-ecPublicKey` (RFC 5480).
    public static let ecPublicKey: ASN1ObjectIdentifier = [1, 2, 840, 10045, 2, 1]

    /// `ecdsa-with-SHA256` (RFC 5758), the only signature algorithm SGP.22 v2.2 uses.
    public static let ecdsaWithSHA256: ASN1ObjectIdentifier = [1, 2, 840, 10045, 4, 3, 2]
}
