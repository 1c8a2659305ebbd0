import SwiftASN1

/// The object identifiers the Si2/Si3 model defines under the project arc.
///
/// The default root, `2.999.3103`, lies under ITU-T X.660's `2.999` "example" arc, free for anyone to use
/// without registration. A deployment that owns a registered arc passes its own root; every identifier
/// below moves with it (the certificate roles under `root.1` are SSPPKI's `ProjectArc`).
///
/// | identifier | meaning |
/// |---|---|
/// | `root.1.n` | certificate roles (SSPPKI) |
/// | `root.2.n` | lab entity identifiers (SSPPKI) |
/// | `root.3.1` | the ASN.1 module `SSP-Si2Si3-Definitions-v1` |
/// | `root.4` | SPB family custodians; `root.4.1` is the default Telecom family custodian |
public enum SPBObjectIdentifiers {
    /// The project's default arc, `2.999.3103`.
    public static let defaultRoot: ASN1ObjectIdentifier = [2, 999, 3103]

    /// `root.3.1`: the module `SSP-Si2Si3-Definitions-v1`.
    public static func si2Si3ModuleV1(root: ASN1ObjectIdentifier = defaultRoot) throws -> ASN1ObjectIdentifier {
        try appending(root, [3, 1])
    }

    /// `root.4`: the branch of SPB family custodians.
    public static func familyCustodians(root: ASN1ObjectIdentifier = defaultRoot) throws -> ASN1ObjectIdentifier {
        try appending(root, [4])
    }

    /// `root.4.1`: the default custodian of the Telecom family.
    public static func telecomCustodian(root: ASN1ObjectIdentifier = defaultRoot) throws -> ASN1ObjectIdentifier {
        try appending(root, [4, 1])
    }

    /// `2.999.3103.3.1`.
    public static let si2Si3ModuleV1: ASN1ObjectIdentifier = [2, 999, 3103, 3, 1]
    /// `2.999.3103.4.1`.
    public static let defaultTelecomCustodian: ASN1ObjectIdentifier = [2, 999, 3103, 4, 1]

    private static func appending(_ root: ASN1ObjectIdentifier, _ arcs: [UInt]) throws -> ASN1ObjectIdentifier {
        try ASN1ObjectIdentifier(dotRepresentation: ([root.dottedText] + arcs.map(String.init)).joined(separator: "."))
    }
}
