import SSPPKI
import SwiftASN1
import Testing

@Suite("Certificate roles")
struct RoleTests {
    @Test("the SGP.22 role OIDs")
    func sgp22OIDs() {
        let expected: [(CertificateRole, String)] = [
            (.ci, "2.23.146.1.2.1.0"), (.euicc, "2.23.146.1.2.1.1"), (.eum, "2.23.146.1.2.1.2"),
            (.dpTLS, "2.23.146.1.2.1.3"), (.dpAuth, "2.23.146.1.2.1.4"), (.dpPb, "2.23.146.1.2.1.5"),
            (.dsTLS, "2.23.146.1.2.1.6"), (.dsAuth, "2.23.146.1.2.1.7"),
        ]
        for (role, oid) in expected {
            #expect(role.oid().dotted == oid)
            #expect(CertificateRole(policies: [role.oid()]) == role)
        }
    }

    @Test("the iSSP role OIDs under the default arc 2.999.3103")
    func isspOIDs() {
        let expected: [(CertificateRole, String)] = [
            (.spbFamilyCI, "2.999.3103.1.0"), (.spbmTLS, "2.999.3103.1.1"), (.spbmSigning, "2.999.3103.1.2"),
            (.spbmKeyAgreement, "2.999.3103.1.3"), (.isspMaker, "2.999.3103.1.4"), (.spbl, "2.999.3103.1.5"),
        ]
        for (role, oid) in expected {
            #expect(role.oid().dotted == oid)
        }
        #expect(EntityIdentifier.smdp.oid().dotted == "2.999.3103.2.3")
    }

    @Test("a role is told from the policies; none or several give nil")
    func detection() {
        #expect(CertificateRole(policies: [[1, 2, 3], CertificateRole.dpPb.oid()]) == .dpPb)
        #expect(CertificateRole(policies: []) == nil)
        #expect(CertificateRole(policies: [[2, 23, 146, 1, 2, 1, 9]]) == nil)
        #expect(CertificateRole(policies: [CertificateRole.ci.oid(), CertificateRole.eum.oid()]) == nil)
        #expect(CertificateRole.roles(in: [CertificateRole.ci.oid(), CertificateRole.eum.oid()]) == [.ci, .eum])
    }

    @Test("issuer roles describe both hierarchies")
    func issuerRoles() {
        #expect(CertificateRole.euicc.issuerRole == .eum)
        #expect(CertificateRole.eum.issuerRole == .ci)
        #expect(CertificateRole.dpTLS.issuerRole == .ci)
        #expect(CertificateRole.spbl.issuerRole == .isspMaker)
        #expect(CertificateRole.isspMaker.issuerRole == .spbFamilyCI)
        #expect(CertificateRole.spbmKeyAgreement.issuerRole == .spbFamilyCI)
        #expect(CertificateRole.ci.isRoot && CertificateRole.spbFamilyCI.isRoot)
    }

    @Test("an arc is parsed from its dotted form and rejects garbage")
    func arcParsing() throws {
        #expect(try ProjectArc(dotted: "1.3.6.1.4.1.99999").rolesArc.dotted == "1.3.6.1.4.1.99999.1")
        #expect(throws: (any Error).self) { try ProjectArc(dotted: "not.an.oid") }
    }
}

@Suite("Object identifier text")
struct ObjectIdentifierTextTests {
    @Test("identifiers under 2.x with x ≥ 40 print correctly")
    func jointArc() throws {
        #expect(try ASN1ObjectIdentifier(dotRepresentation: "2.999.3103.1.5").dotted == "2.999.3103.1.5")
        #expect(try ASN1ObjectIdentifier(dotRepresentation: "2.23.146.1.2.1.4").dotted == "2.23.146.1.2.1.4")
        #expect(try ASN1ObjectIdentifier(dotRepresentation: "1.2.840.10045.4.3.2").dotted == "1.2.840.10045.4.3.2")
        #expect(
            try ASN1ObjectIdentifier(dotRepresentation: "0.9.2342.19200300.100.1.25").dotted
                == "0.9.2342.19200300.100.1.25")
        #expect(ProjectArc.default.description == "2.999.3103")
    }
}
