import SwiftASN1
import X509

/// A range of subject identifiers (EIDs, or Primary Platform identifiers) that an issuing CA may
/// certify: every identifier starting with ``prefix``, for subjects of organisation ``organization``.
///
/// SGP.22 v2.2 §4.5.2.1.0.2 writes the EUM's range as a nameConstraints permitted subtree of the
/// directoryName form `O = <EUM organisation>, serialNumber = <IIN>`, and §4.5.2.2 asks the
/// verifier to check that the eUICC's EID (its subject serialNumber) starts with that IIN: a
/// prefix rule, not the RFC 5280 rule (which would compare the whole serialNumber). OpenSSL
/// applies the RFC 5280 rule and rejects such a chain; see docs/pki.md for what the project
/// issues so that both hold.
public struct IdentifierRange: Hashable, Sendable, CustomStringConvertible {
    /// The organisation the subject must name, when the constraint gives one.
    public var organization: String?
    /// The prefix every identifier in the range starts with.
    public var prefix: String

    /// Creates a range.
    public init(organization: String?, prefix: String) {
        self.organization = organization
        self.prefix = prefix
    }

    /// Whether `identifier`, in a subject of organisation `subjectOrganization`, lies in the range.
    public func contains(_ identifier: String, subjectOrganization: String?) -> Bool {
        guard identifier.uppercased().hasPrefix(prefix.uppercased()) else { return false }
        guard let organization else { return true }
        return subjectOrganization == organization
    }

    public var description: String {
        organization.map { "\(prefix)… (O=\($0))" } ?? "\(prefix)…"
    }

    /// The ranges an issuing certificate grants: the directoryName permitted subtrees that carry
    /// a serialNumber, and the prefixes of a GSMA permittedEins extension.
    public static func ranges(grantedBy issuer: PKICertificate) -> [IdentifierRange] {
        var ranges: [IdentifierRange] = []
        for subtree in issuer.nameConstraints?.permittedSubtrees ?? [] {
            guard case .directoryName(let name) = subtree, let prefix = name.serialNumberAttribute else { continue }
            ranges.append(IdentifierRange(organization: name.organizationName, prefix: prefix))
        }
        for prefix in issuer.permittedEINs?.prefixes ?? [] {
            ranges.append(IdentifierRange(organization: nil, prefix: prefix))
        }
        return ranges
    }

    /// The nameConstraints extension the project issues for this range.
    ///
    /// Two permitted directoryName subtrees: `O, serialNumber = prefix`, the SGP.22 form that
    /// carries the range, and `C, O`, an RFC 5280 subtree that the subject (`C, O, serialNumber,
    /// CN`) really falls under, so that OpenSSL's strict matching accepts the chain while still
    /// enforcing the organisation.
    public func nameConstraints(country: String) throws -> NameConstraints {
        var organizationAttribute: [RelativeDistinguishedName.Attribute] = []
        if let organization {
            organizationAttribute = [.init(type: .RDNAttributeType.organizationName, utf8String: organization)]
        }
        let sgp22Form = try DistinguishedName(
            organizationAttribute + [
                try .init(type: RSPObjectIdentifiers.serialNumberAttribute, printableString: prefix)
            ]
        )
        let rfc5280Form = try DistinguishedName(
            [try .init(type: .RDNAttributeType.countryName, printableString: country)] + organizationAttribute
        )
        return NameConstraints(permittedSubtrees: [.directoryName(sgp22Form), .directoryName(rfc5280Form)])
    }
}
