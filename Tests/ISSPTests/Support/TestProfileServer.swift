import APDU
import Crypto
import Foundation
import SAIP
import SGP22
import SSPCrypto
import SSPPKI
import SwiftASN1

/// A Profile download into an RSP bundle's eUICC, driven as an LPA does over ES10 (APDUs to the bundle's
/// dispatcher), with the SM-DP+'s half of ES8+ computed here from the lab's SM-DP+ identities: serverSigned1
/// under DP-auth, smdpSigned2 and InitialiseSecureChannel under DP-pb, and the Bound Profile Package
/// protected with BSP keys agreed with the card's one-time key.
struct TestProfileServer {
    let hierarchy: TestHierarchy
    let address = "smdp.lab.example"

    /// Downloads a minimal Profile (ProfileHeader and PE-End) for `iccid` through `es10`.
    /// - Returns: the card's ProfileInstallationResult.
    func download(iccid: ICCID, eid: EID, through es10: ES10Transport) async throws -> ProfileInstallationResult {
        let transactionId = try TransactionId(bytes: (0..<16).map { _ in UInt8.random(in: 0...255) })
        let challenge = try GetEuiccChallengeResponse(
            derBytes: try await es10.transmitES10(try GetEuiccChallengeRequest().derBytes()))

        let signed1 = ServerSigned1(
            transactionId: transactionId, euiccChallenge: challenge.euiccChallenge, serverAddress: address,
            serverChallenge: (0..<16).map { _ in UInt8.random(in: 0...255) })
        let authenticate = AuthenticateServerRequest(
            serverSigned1: signed1,
            serverSignature1: try hierarchy.smdpAuth.privateKey.rawSignature(for: try signed1.signedBytes()).rawBytes,
            euiccCiPKIdToBeUsed: hierarchy.ci.parsed.subjectKeyIdentifier ?? [],
            serverCertificate: hierarchy.smdpAuth.certificate,
            ctxParams1: .ctxParamsForCommonAuthentication(
                CtxParamsForCommonAuthentication(
                    matchingId: "ISSP-TEST",
                    deviceInfo: DeviceInfo(tac: [0x35, 0x29, 0x06, 0x11], deviceCapabilities: DeviceCapabilities()))))
        guard case .authenticateResponseOk(let authenticated) = try AuthenticateServerResponse(
            derBytes: try await es10.transmitES10(try authenticate.derBytes()))
        else { throw TestDownloadFailure("AuthenticateServer was refused") }

        let signed2 = SmdpSigned2(transactionId: transactionId, ccRequiredFlag: false)
        let prepare = PrepareDownloadRequest(
            smdpSigned2: signed2,
            smdpSignature2: try hierarchy.smdpPb.privateKey.rawSignature(
                for: try signed2.signedBytes(euiccSignature1: authenticated.euiccSignature1)
            ).rawBytes,
            smdpCertificate: hierarchy.smdpPb.certificate)
        guard case .downloadResponseOk(let prepared) = try PrepareDownloadResponse(
            derBytes: try await es10.transmitES10(try prepare.derBytes()))
        else { throw TestDownloadFailure("PrepareDownload was refused") }

        let package = try boundPackage(
            transactionId: transactionId, euiccOtpk: prepared.euiccSigned2.euiccOtpk, eid: eid, iccid: iccid)
        for segment in try package.segments() {
            let answer = try await es10.transmitES10(segment)
            if !answer.isEmpty { return try ProfileInstallationResult(derBytes: answer) }
        }
        throw TestDownloadFailure("no ProfileInstallationResult after the last segment")
    }

    /// The Bound Profile Package for the card's one-time key.
    func boundPackage(transactionId: TransactionId, euiccOtpk: [UInt8], eid: EID, iccid: ICCID) throws
        -> BoundProfilePackage
    {
        let oneTimeKey = P256.KeyAgreement.PrivateKey()
        let hostID = Array("ISSP-TESTS".utf8)
        var initialise = InitialiseSecureChannelRequest(
            transactionId: transactionId, controlRefTemplate: ControlRefTemplate(hostId: hostID),
            smdpOtpk: Array(oneTimeKey.publicKey.x963Representation), smdpSign: [])
        initialise.smdpSign = try hierarchy.smdpPb.privateKey.rawSignature(
            for: try initialise.signedBytes(euiccOtpk: euiccOtpk)
        ).rawBytes
        let secret = try ECKA.sharedSecret(privateKey: oneTimeKey, peerPublicKey: euiccOtpk)
        var bsp = BSPSession(keys: try BSPSessionKeys.derive(sharedSecret: secret, hostID: hostID, eid: eid.bcd))
        let dpOid = hierarchy.smdpAuth.parsed.registeredIDs.first ?? ASN1ObjectIdentifier("2.999.1")
        let metadata = StoreMetadataRequest(
            iccid: iccid.wireValue, serviceProviderName: "Lab Operator", profileName: "Lab profile",
            profileClass: .operational)
        let configure = try bsp.protect(
            try ConfigureISDPRequest(dpProprietaryData: DpProprietaryData(dpOid: dpOid)).derBytes(),
            tag: .encryptedCommand)
        let store = try bsp.protect(try metadata.derBytes(), tag: .metadata)
        let elements = try bsp.protect(try Self.profilePackage(iccid: iccid), tag: .profileElements)
        func contents(_ segments: [[UInt8]]) throws -> [[UInt8]] {
            try segments.map { Array(try BSPSegment(encoded: $0).value) }
        }
        return BoundProfilePackage(
            initialiseSecureChannelRequest: initialise, firstSequenceOf87: try contents(configure),
            sequenceOf88: try contents(store), sequenceOf86: try contents(elements))
    }

    /// A minimal SAIP package: a ProfileHeader (USIM and Milenage mandatory) and PE-End.
    static func profilePackage(iccid: ICCID) throws -> [UInt8] {
        let header = ProfileHeader(
            majorVersion: 2, minorVersion: 3, profileType: "ISSPTests", iccid: iccid.bcd,
            mandatoryServices: ServicesList([.usim, .milenage]), mandatoryGFSTEList: [])
        var serializer = DER.Serializer()
        try header.serialize(into: &serializer, withIdentifier: ProfileHeader.elementIdentifier)
        // PE-End ([10], 'AA') with its PEHeader (identification 2).
        return serializer.serializedBytes + [0xAA, 0x05, 0xA0, 0x03, 0x81, 0x01, 0x02]
    }
}

/// A download step the card refused.
struct TestDownloadFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
