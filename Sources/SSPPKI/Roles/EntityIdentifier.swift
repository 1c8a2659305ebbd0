import SwiftASN1

/// Lab entity identifiers, carried as `registeredID` in subjectAltName.
///
/// SGP.22 gives the CI, the EUM and the SM-DP+ each an OID in its certificates' subjectAltName
/// (the SM-DP+ OID is what an activation code's optional `SM-DP+ OID` field is compared with).
/// Real deployments get these from their registration; the lab takes them from the project arc,
/// `root.2.n`, so that they never collide with registered ones.
public enum EntityIdentifier: UInt, CaseIterable, Hashable, Sendable {
    /// The lab CI (`root.2.1`).
    case ci = 1
    /// The lab EUM (`root.2.2`).
    case eum = 2
    /// The lab SM-DP+ (`root.2.3`).
    case smdp = 3
    /// The lab SPB family CI (`root.2.4`).
    case spbFamilyCI = 4
    /// The lab SPB Manager (`root.2.5`).
    case spbManager = 5
    /// The lab iSSP maker (`root.2.6`).
    case isspMaker = 6

    /// This entity's identifier under `arc`.
    public func oid(in arc: ProjectArc = .default) -> ASN1ObjectIdentifier {
        arc.entitiesArc.appending(rawValue)
    }
}
