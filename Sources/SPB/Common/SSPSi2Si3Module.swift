import SGP22
import SwiftASN1

/// The project-defined ASN.1 module this target implements, `SSP-Si2Si3-Definitions-v1`
/// (`docs/asn1/SSPSi2Si3Definitions-v1.asn`, explained in `docs/si2-si3.md`).
///
/// ETSI TS 103 666-2 names Si2 and Si3 but does not publish their ASN.1, so the project defines it,
/// modelled on SGP.22. Compatible revisions append components (receivers skip what they do not know) and
/// raise the minor version; an incompatible change is a new module with a new OID and new tags.
public enum SSPSi2Si3Module {
    /// The module name.
    public static let name = "SSP-Si2Si3-Definitions-v1"
    /// `2.999.3103.3.1`.
    public static let objectIdentifier = SPBObjectIdentifiers.si2Si3ModuleV1
    /// The version an SPBL reports in `SpblInfo.si3Version` and the Si2 header carries: 1.0.0.
    public static let version = VersionType(major: 1, minor: 0, revision: 0)

    /// Whether a peer speaking `version` can be served: same major version (minor revisions only append).
    public static func isCompatible(_ version: VersionType) -> Bool {
        version.major == Self.version.major
    }
}
