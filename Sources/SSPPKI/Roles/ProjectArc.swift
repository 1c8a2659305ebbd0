import SwiftASN1

/// The object-identifier arc under which the project names what the public standards leave open:
/// the iSSP / SPB certificate roles and the lab's entity identifiers.
///
/// The default, `2.999.3103`, sits under ITU-T X.660's `2.999` "example" arc, which anyone may use
/// for documentation and tests without registration. A deployment that owns a registered arc
/// (for example an enterprise number under `1.3.6.1.4.1`) passes its own root instead; every role
/// and entity OID moves with it.
///
/// Layout under the root:
/// - `root.1.n` certificate roles (certificate policies), see ``CertificateRole``;
/// - `root.2.n` entity identifiers carried as `registeredID` in subjectAltName, see ``EntityIdentifier``.
public struct ProjectArc: Hashable, Sendable, CustomStringConvertible {
    /// The root of the arc, for example `2.999.3103`.
    public var root: ASN1ObjectIdentifier

    /// The project's default arc, `2.999.3103`.
    public static let `default` = ProjectArc(root: [2, 999, 3103])

    /// Creates an arc rooted at `root`.
    public init(root: ASN1ObjectIdentifier) {
        self.root = root
    }

    /// Creates an arc from its dotted form, such as `"1.3.6.1.4.1.99999.7"`.
    public init(dotted: String) throws {
        self.root = try ASN1ObjectIdentifier(dotRepresentation: dotted)
    }

    /// `root.1`: the certificate-role (policy) branch.
    public var rolesArc: ASN1ObjectIdentifier { root.appending(1) }

    /// `root.2`: the entity-identifier branch.
    public var entitiesArc: ASN1ObjectIdentifier { root.appending(2) }

    public var description: String { root.dotted }
}

extension ASN1ObjectIdentifier {
    /// This identifier with one more component.
    func appending(_ component: UInt) -> ASN1ObjectIdentifier {
        // The dotted text of a valid identifier plus one decimal component is always valid.
        ASN1ObjectIdentifier(stringLiteral: "\(dotted).\(component)")
    }
}
