import Foundation
import SSPPKI
import Testing
import X509

@Suite("Generated test hierarchy")
struct TestHierarchyTests {
    let hierarchy: TestHierarchy

    init() throws {
        hierarchy = try PKITestSupport.makeHierarchy()
    }
    var now: Date { Date() }

    /// The trusted roots, intermediates and expected role of each leaf of the hierarchy.
    var cases: [(IssuedIdentity, [IssuedIdentity])] {
        let h = hierarchy
        return [
            (h.ci, []), (h.eum, []), (h.euicc, [h.eum]), (h.smdpAuth, []), (h.smdpPb, []), (h.smdpTLS, []),
            (h.spbCI, []), (h.spbmTLS, []), (h.spbmSigning, []), (h.spbmKeyAgreement, []),
            (h.isspMaker, []), (h.spbl, [h.isspMaker]),
        ]
    }

    @Test("every identity verifies for its own role")
    func everyRoleVerifies() throws {
        let roots = [hierarchy.ci.parsed, hierarchy.spbCI.parsed]
        for (identity, intermediates) in cases {
            let chain = try ChainVerifier().verify(
                leaf: identity.parsed, intermediates: intermediates.map(\.parsed), roots: roots, at: now,
                expecting: identity.role
            )
            #expect(chain.role == identity.role)
            #expect(chain.root == (identity.role.isISSPRole ? hierarchy.spbCI.parsed : hierarchy.ci.parsed))
        }
    }

    @Test("the chains have the expected shape")
    func chainShapes() throws {
        let verifier = ChainVerifier()
        let euicc = try verifier.verify(
            leaf: hierarchy.euicc.parsed, intermediates: [hierarchy.eum.parsed, hierarchy.isspMaker.parsed],
            roots: [hierarchy.ci.parsed, hierarchy.spbCI.parsed], at: now, expecting: .euicc
        )
        #expect(euicc.roles == [.euicc, .eum, .ci])
        #expect(euicc.eid == EIDFormat.labDefault)
        let spbl = try verifier.verify(
            leaf: hierarchy.spbl.parsed, intermediates: [hierarchy.isspMaker.parsed],
            roots: [hierarchy.spbCI.parsed], at: now, expecting: .spbl
        )
        #expect(spbl.roles == [.spbl, .isspMaker, .spbFamilyCI])
        #expect(spbl.platformIdentifier == hierarchy.platformIdentifier)
        #expect(spbl.description == "SPBL → iSSP maker → SPB family CI")
    }

    @Test("the certificates follow the SGP.22 profiles")
    func profiles() throws {
        let ci = hierarchy.ci.parsed
        #expect(ci.basicConstraints == .isCertificateAuthority(maxPathLength: nil))
        #expect(ci.keyUsage == KeyUsage(keyCertSign: true, cRLSign: true))
        #expect(ci.authorityKeyIdentifier == nil)
        #expect(ci.subjectKeyIdentifier != nil)
        #expect(ci.policies == [CertificateRole.ci.oid()])
        #expect(ci.registeredIDs == [EntityIdentifier.ci.oid()])

        let eum = hierarchy.eum.parsed
        #expect(eum.basicConstraints == .isCertificateAuthority(maxPathLength: 0))
        #expect(eum.authorityKeyIdentifier == ci.subjectKeyIdentifier)
        #expect(IdentifierRange.ranges(grantedBy: eum).map(\.prefix) == ["89049032"])
        #expect(eum.extensions[oid: .X509ExtensionID.nameConstraints]?.critical == true)

        let euicc = hierarchy.euicc.parsed
        #expect(euicc.subjectSerialNumber == EIDFormat.labDefault)
        #expect(euicc.keyUsage == KeyUsage(digitalSignature: true))
        #expect(euicc.basicConstraints == nil)
        #expect(euicc.notValidAfter > ISO8601DateFormatter().date(from: "9999-12-31T00:00:00Z") ?? Date())

        let tls = hierarchy.smdpTLS.parsed
        #expect(tls.dnsNames == ["smdp.example.com", "localhost"])
        #expect(tls.ipAddresses == ["127.0.0.1"])
        #expect(tls.extendedKeyUsage?.contains(.serverAuth) == true)
        #expect(tls.extensions[oid: [2, 5, 29, 32]]?.critical == false)
        #expect(tls.subject.commonName == "smdp.example.com")

        #expect(hierarchy.spbmKeyAgreement.parsed.keyUsage == KeyUsage(keyAgreement: true))
        #expect(hierarchy.spbl.parsed.subjectSerialNumber == hierarchy.platformIdentifier)
        #expect(hierarchy.spbl.parsed.subject.organizationName == hierarchy.isspMaker.parsed.subject.organizationName)
        for identity in hierarchy.identities {
            #expect(identity.parsed.keyCurve == .p256)
            #expect(identity.parsed.signatureAlgorithm == [1, 2, 840, 10045, 4, 3, 2])
            #expect(identity.parsed.role() == identity.role)
            #expect(identity.parsed.serialNumber.count <= 20)
        }
    }

    @Test("the iSSP roles move with a configured arc")
    func configuredArc() throws {
        var options = TestHierarchy.Options()
        options.arc = try ProjectArc(dotted: "1.3.6.1.4.1.99999.3103")
        let other = try TestHierarchy.generate(options)
        #expect(other.spbl.parsed.policies.map(\.dotted) == ["1.3.6.1.4.1.99999.3103.1.5"])
        #expect(other.spbl.parsed.role(in: options.arc) == .spbl)
        #expect(other.spbl.parsed.role() == nil)
        _ = try ChainVerifier(arc: options.arc).verify(
            leaf: other.spbl.parsed, intermediates: [other.isspMaker.parsed], roots: [other.spbCI.parsed],
            at: Date(), expecting: .spbl
        )
        // eSIM roles keep the GSMA OIDs whatever the arc.
        #expect(other.euicc.parsed.role(in: options.arc) == .euicc)
    }

    @Test("a given EID and platform identifier are used; bad ones are refused")
    func identifiers() throws {
        var options = TestHierarchy.Options()
        options.eid = "89049032123451234512345678901235"
        options.platformIdentifier = try PrimaryPlatformIdentifier("ab12-0000-1111-2222-3333-4444-5555-6666")
        let custom = try TestHierarchy.generate(options)
        #expect(custom.euicc.parsed.subjectSerialNumber == "89049032123451234512345678901235")
        #expect(custom.platformIdentifier == "AB12-0000-1111-2222-3333-4444-5555-6666")
        #expect(IdentifierRange.ranges(grantedBy: custom.isspMaker.parsed).map(\.prefix) == ["AB12"])

        options.eid = "89049032123451234512345678901234"
        #expect(throws: PKIBuilderError.self) { try TestHierarchy.generate(options) }
        #expect(throws: PKIBuilderError.self) { try PrimaryPlatformIdentifier("ABCD-1234") }
        #expect(throws: PKIBuilderError.self) {
            try PrimaryPlatformIdentifier("ABCD-1234-ABCD-1234-ABCD-1234-ABCD-12_4")
        }
        var hosts = TestHierarchy.Options()
        hosts.hosts = ["bad host"]
        #expect(throws: PKIBuilderError.invalidHostName("bad host")) { try TestHierarchy.generate(hosts) }
    }

    @Test("the builder refuses an issuer of the wrong role")
    func wrongIssuerRefused() throws {
        #expect(throws: PKIBuilderError.wrongIssuer(role: .euicc, expected: .eum, found: .ci)) {
            try PKIBuilder().euicc(eid: EIDFormat.labDefault, commonName: "x", issuer: hierarchy.ci)
        }
    }

    @Test("EID check digits follow the modulo-97 rule")
    func eidCheckDigits() {
        #expect(EIDFormat.isValid("89049032123451234512345678901235"))
        #expect(!EIDFormat.isValid("89049032123451234512345678901234"))
        #expect(!EIDFormat.isValid("8904903212345123451234567890123"))
        #expect(!EIDFormat.isValid("8904903212345123451234567890123A"))
        #expect(EIDFormat.checkDigits(forFirst30: "890490321234512345123456789012") == "35")
        #expect(EIDFormat.isValid(EIDFormat.labDefault))
    }
}
