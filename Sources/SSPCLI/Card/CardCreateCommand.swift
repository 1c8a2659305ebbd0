import ArgumentParser
import EUICC
import Foundation
import SGP22
import SSPPKI

/// `ssp card create FILE`: a new card with an identity from the project's PKI or from files.
struct CardCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a virtual eUICC in FILE.",
        discussion: """
            The identity comes either from a hierarchy made by `ssp pki init` (--pki DIR: the card gets DIR's \
            eUICC certificate, or with --eid a new one issued by DIR's EUM), or from files issued by any CI \
            (--cert, --key and --eum). The card trusts DIR's CI and every --trust-ci certificate, for example the \
            GSMA SGP.26 test CI.
            """
    )

    @Argument(help: "The card file to create (SQLite).")
    var file: String

    @Option(help: "A hierarchy folder written by `ssp pki init`.")
    var pki: String?

    @Option(help: "The EID (32 digits). With --pki, a new eUICC certificate is issued for it by the EUM.")
    var eid: String?

    @Option(help: "The eUICC certificate (PEM or DER), for an identity issued elsewhere.")
    var cert: String?

    @Option(help: "The eUICC private key (PEM or DER).")
    var key: String?

    @Option(help: "The EUM certificate (PEM or DER).")
    var eum: String?

    @Option(name: .customLong("trust-ci"), help: "A CI certificate the card trusts (repeatable).")
    var trustCI: [String] = []

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw CardCommandError("\(file) already exists; choose another file or remove it first.")
        }
        var issuers: [TrustedCertificateIssuer] = []
        let identity: EUICCIdentity
        if let pki {
            guard cert == nil, key == nil, eum == nil else {
                throw CardCommandError("Give either --pki or --cert/--key/--eum, not both.")
            }
            identity = try Self.identity(fromHierarchy: URL(fileURLWithPath: pki), eid: eid)
            let ci = URL(fileURLWithPath: pki).appendingPathComponent("ci/\(HierarchyLayout.certificatePEM)")
            issuers.append(try TrustedCertificateIssuer(contentsOf: ci))
        } else {
            guard let cert, let key, let eum else {
                throw CardCommandError("Give --pki DIR, or all of --cert, --key and --eum.")
            }
            identity = try EUICCIdentity(
                certificateFile: URL(fileURLWithPath: cert), privateKeyFile: URL(fileURLWithPath: key),
                eumCertificateFile: URL(fileURLWithPath: eum))
            if let eid, eid != identity.eid.description {
                throw CardCommandError("--eid \(eid) does not match the certificate's EID \(identity.eid).")
            }
        }
        for path in trustCI {
            issuers.append(try TrustedCertificateIssuer(contentsOf: URL(fileURLWithPath: path)))
        }
        guard !issuers.isEmpty else {
            throw CardCommandError("The card must trust at least one CI: give --trust-ci FILE.")
        }
        let card = try EUICC.create(at: url, identity: identity, trustedIssuers: issuers)
        print("Created card \(url.path)")
        print("  EID: \(card.eid)")
        for issuer in await card.certificateIssuers {
            print("  trusts CI: \(issuer.certificate.subject)")
        }
    }

    /// The hierarchy's own eUICC, or a new eUICC certificate for `eid` issued by the hierarchy's EUM.
    static func identity(fromHierarchy directory: URL, eid: String?) throws -> EUICCIdentity {
        let eum = try HierarchyLayout.loadIdentity(.eum, from: directory)
        guard let eid else {
            let euicc = try HierarchyLayout.loadIdentity(.euicc, from: directory)
            return try EUICCIdentity(
                certificate: euicc.certificate, privateKey: euicc.privateKey, eumCertificate: eum.certificate)
        }
        do {
            _ = try EID(eid)
        } catch {
            throw CardCommandError("--eid \(eid) is not a valid EID: \(error)")
        }
        guard let eumCertificate = eum.certificate.certificate else {
            throw CardCommandError("The EUM certificate in \(directory.path) has a key this project cannot use.")
        }
        let issuer = try IssuedIdentity(role: .eum, certificate: eumCertificate, privateKey: eum.privateKey)
        let issued = try PKIBuilder().euicc(eid: eid, commonName: "eUICC \(eid)", issuer: issuer)
        return try EUICCIdentity(euicc: issued, eum: issuer)
    }
}
