import Foundation
import SGP22
import SPB
import SSPPKI
import X509

@testable import ISSP

/// A lab PKI and a fresh platform directory, with images of each Telecom Bundle Class.
struct TestLab: Sendable {
    let hierarchy: TestHierarchy
    let credentials: SPBLCredentials
    let families: [SpbFamilyTrust]
    let directory: URL
    static let spbmAddress = "spbm.lab.example"

    init() throws {
        hierarchy = try TestHierarchy.generate()
        credentials = try SPBLCredentials(spbl: hierarchy.spbl, maker: hierarchy.isspMaker)
        families = [try SpbFamilyTrust.telecom(ci: hierarchy.spbCI.parsed)]
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("issp-tests-\(UUID().uuidString)", isDirectory: true)
    }

    /// A new platform in the lab's directory.
    func makePlatform(limits: PlatformLimits = PlatformLimits()) async throws -> ISSPPlatform {
        try await ISSPPlatform.create(
            at: directory, credentials: credentials, families: families,
            configuration: PlatformConfiguration(limits: limits))
    }

    /// The platform in the lab's directory, reopened.
    func reopenPlatform() async throws -> ISSPPlatform {
        try await ISSPPlatform.open(at: directory)
    }

    /// Removes the lab's directory.
    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The card files (and partial card files) in the platform's card folder, without SQLite's sidecars.
    func cardFiles() -> [String] {
        let cards = directory.appendingPathComponent(ISSPPlatform.cardDirectoryName)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cards.path)) ?? []
        return names.filter { $0.hasSuffix(".card") || $0.hasSuffix(".partial") }.sorted()
    }

    // MARK: Images

    /// Metadata for a bundle of `bundleClass`.
    func metadata(
        _ spbId: SpbId, _ bundleClass: TelecomBundleClass, name: String, size: Int = 64 << 10, iccid: ICCID? = nil
    ) throws -> SpbMetadata {
        SpbMetadata(
            spbId: spbId, spbFamilyId: try SpbFamilyId.telecom(), telecomBundleClass: bundleClass,
            spbOwner: "Lab Operator", spbName: name, spbState: .enabled, spbSize: size, iccid: iccid?.wireValue,
            serviceProviderName: bundleClass == .standalone ? name : nil, spbmAddress: Self.spbmAddress)
    }

    /// A Standalone image whose ICCID ends in `number`, with the keys of TS 35.208 test set 1.
    func standaloneImage(number: Int) throws -> (SpbMetadata, SpbImageContent) {
        let iccid = try ICCID.make(body: "8999001" + String(format: "%011d", number))
        let image = StandaloneBundleImage(
            iccid: iccid.wireValue, imsi: "00101" + String(format: "%010d", number),
            ki: hex(MilenageTestSet.all[0].k), opc: hex(MilenageTestSet.all[0].opc),
            serviceProviderName: "Lab \(number)", homePlmn: try Plmn(mcc: "001", mnc: "01"))
        return (
            try metadata(.random(), .standalone, name: "Standalone \(number)", iccid: iccid),
            .standaloneBundleImage(image)
        )
    }

    /// An RSP image with a new eUICC identity (EID ending in `number`) under the lab EUM.
    func rspImage(number: Int) throws -> (SpbMetadata, SpbImageContent) {
        let identity = try euiccIdentity(number: number)
        return (
            try metadata(.random(), .rsp, name: "RSP \(number)"),
            .rspBundleImage(RspBundleImage(euiccIdentity: identity, defaultSmdpAddress: "smdp.lab.example"))
        )
    }

    /// An M2M image with a new eUICC identity.
    func m2mImage(number: Int) throws -> (SpbMetadata, SpbImageContent) {
        let identity = try euiccIdentity(number: number)
        return (
            try metadata(.random(), .m2m, name: "M2M \(number)"),
            .m2mBundleImage(M2MBundleImage(euiccIdentity: identity, smsrAddress: "smsr.lab.example"))
        )
    }

    /// An eUICC identity for a new EID in the EUM's range, trusting the lab's eSIM CI.
    func euiccIdentity(number: Int) throws -> EuiccIdentity {
        let prefix = String(hierarchy.options.eid.prefix(EIDFormat.rangePrefixLength))
        guard let eidText = EIDFormat.make(prefix: prefix, individualNumber: UInt64(1000 + number)) else {
            throw ISSPError.invalidConfiguration(reason: "cannot make an EID")
        }
        let euicc = try PKIBuilder().euicc(eid: eidText, commonName: "Lab eUICC \(number)", issuer: hierarchy.eum)
        return EuiccIdentity(
            eid: try EID(eidText), signingKey: euicc.privateKey, euiccCertificate: euicc.certificate,
            eumCertificate: hierarchy.eum.certificate, trustedCiCertificates: [hierarchy.ci.certificate])
    }
}
