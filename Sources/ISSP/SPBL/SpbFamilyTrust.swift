import SPB
import SSPPKI

/// One SPB family the SPBL supports, with the certificate(s) of the family CI it trusts, most preferred
/// first (a family has one CI; a renewed CI key gives a second certificate for a while).
public struct SpbFamilyTrust: Hashable, Sendable {
    /// The family.
    public let familyId: SpbFamilyId
    /// The family CI certificates, self-signed, with the SPB family CI role.
    public let certificateIssuers: [PKICertificate]

    /// A family trusting `certificateIssuers`; each must be a self-signed SPB family CI with a subject key
    /// identifier (the CI's key identifier is how Si2/Si3 name it).
    public init(familyId: SpbFamilyId, certificateIssuers: [PKICertificate]) throws {
        guard !certificateIssuers.isEmpty else {
            throw ISSPError.invalidConfiguration(reason: "family \(familyId) names no CI")
        }
        for issuer in certificateIssuers {
            guard issuer.roles().contains(.spbFamilyCI), issuer.isSelfIssued else {
                throw ISSPError.invalidConfiguration(reason: "\(issuer) is not a self-signed SPB family CI")
            }
            guard issuer.subjectKeyIdentifier != nil else {
                throw ISSPError.invalidConfiguration(reason: "\(issuer) has no subject key identifier")
            }
        }
        self.familyId = familyId
        self.certificateIssuers = certificateIssuers
    }

    /// The default Telecom family trusting `ci`.
    public static func telecom(ci: PKICertificate) throws -> SpbFamilyTrust {
        try SpbFamilyTrust(familyId: SpbFamilyId.telecom(), certificateIssuers: [ci])
    }

    /// The CI key identifiers, most preferred first: `SpbFamilySupport.ciPKIds`.
    public var keyIdentifiers: [[UInt8]] { certificateIssuers.compactMap(\.subjectKeyIdentifier) }

    /// The CI whose subject key identifier is `keyIdentifier`, if trusted.
    public func certificateIssuer(keyIdentifier: [UInt8]) -> PKICertificate? {
        certificateIssuers.first { $0.subjectKeyIdentifier == keyIdentifier }
    }

    /// The family as GetSpblInfo reports it.
    public var support: SpbFamilySupport { SpbFamilySupport(spbFamilyId: familyId, ciPKIds: keyIdentifiers) }
}
