import Crypto
import Foundation
import SGP22
import SSPCrypto
import SSPPKI
import SwiftASN1

/// The SM-DP+ half of ES8+ for tests, with real cryptography: it signs serverSigned1 with its DP-auth key,
/// smdpSigned2 and InitialiseSecureChannel with its DP-pb key, agrees a session key with the card's one-time
/// key and protects a profile package into a Bound Profile Package. (The real SM-DP+ is a later issue.)
struct TestSMDPPlus {
    var address = "smdp.example.com"
    /// The CI the SM-DP+ certificates chain to (its key identifier goes into euiccCiPKIdToBeUsed).
    var ciKeyIdentifier: [UInt8]
    var auth: IssuedIdentity
    var pb: IssuedIdentity
    /// hostId of the control reference template.
    var hostID: [UInt8] = Array("TEST-SMDP".utf8)

    init(hierarchy: TestHierarchy) {
        self.ciKeyIdentifier = hierarchy.ci.parsed.subjectKeyIdentifier ?? []
        self.auth = hierarchy.smdpAuth
        self.pb = hierarchy.smdpPb
    }

    var oid: ASN1ObjectIdentifier { auth.parsed.registeredIDs[0] }

    static func newTransactionId() throws -> TransactionId {
        try TransactionId(bytes: (0..<16).map { _ in UInt8.random(in: 0...255) })
    }

    /// ES10b.AuthenticateServer input, as the LPA assembles it from InitiateAuthentication.
    func authenticateServerRequest(
        euiccChallenge: [UInt8], transactionId: TransactionId, matchingId: String? = "MATCHING-1",
        serverAddress: String? = nil
    ) throws -> AuthenticateServerRequest {
        let signed = ServerSigned1(
            transactionId: transactionId, euiccChallenge: euiccChallenge, serverAddress: serverAddress ?? address,
            serverChallenge: (0..<16).map { _ in UInt8.random(in: 0...255) })
        let signature = try auth.privateKey.rawSignature(for: try signed.derBytes()).rawBytes
        let deviceInfo = DeviceInfo(tac: [0x35, 0x29, 0x06, 0x11], deviceCapabilities: DeviceCapabilities())
        return AuthenticateServerRequest(
            serverSigned1: signed, serverSignature1: signature, euiccCiPKIdToBeUsed: ciKeyIdentifier,
            serverCertificate: auth.certificate,
            ctxParams1: .ctxParamsForCommonAuthentication(
                CtxParamsForCommonAuthentication(matchingId: matchingId, deviceInfo: deviceInfo)))
    }

    /// ES10b.PrepareDownload input, from AuthenticateClient's answer.
    func prepareDownloadRequest(
        authentication: AuthenticateResponseOk, transactionId: TransactionId? = nil, ccRequired: Bool = false,
        hashCc: [UInt8]? = nil, bppEuiccOtpk: [UInt8]? = nil
    ) throws -> PrepareDownloadRequest {
        let signed = SmdpSigned2(
            transactionId: transactionId ?? authentication.euiccSigned1.transactionId, ccRequiredFlag: ccRequired,
            bppEuiccOtpk: bppEuiccOtpk)
        let signature = try pb.privateKey.rawSignature(
            for: try signed.signedBytes(euiccSignature1: authentication.euiccSignature1)
        ).rawBytes
        return PrepareDownloadRequest(
            smdpSigned2: signed, smdpSignature2: signature, hashCc: hashCc, smdpCertificate: pb.certificate)
    }

    /// The Bound Profile Package for the card's one-time key, as GetBoundProfilePackage returns it.
    func boundProfilePackage(
        transactionId: TransactionId, euiccOtpk: [UInt8], eid: EID, metadata: StoreMetadataRequest,
        profilePackage: [UInt8], replaceSessionKeys: Bool = false
    ) throws -> BoundProfilePackage {
        let oneTimeKey = P256.KeyAgreement.PrivateKey()
        let crt = ControlRefTemplate(hostId: hostID)
        var initialise = InitialiseSecureChannelRequest(
            transactionId: transactionId, controlRefTemplate: crt,
            smdpOtpk: Array(oneTimeKey.publicKey.x963Representation), smdpSign: [])
        initialise.smdpSign = try pb.privateKey.rawSignature(
            for: try initialise.signedBytes(euiccOtpk: euiccOtpk)
        ).rawBytes
        let secret = try ECKA.sharedSecret(privateKey: oneTimeKey, peerPublicKey: euiccOtpk)
        var bsp = BSPSession(keys: try BSPSessionKeys.derive(sharedSecret: secret, hostID: hostID, eid: eid.bcd))

        let configure = ConfigureISDPRequest(dpProprietaryData: DpProprietaryData(dpOid: oid))
        let first87 = try bsp.protect(try configure.derBytes(), tag: .encryptedCommand)
        let the88s = try bsp.protect(try metadata.derBytes(), tag: .metadata)
        var second87: [[UInt8]]?
        if replaceSessionKeys {
            let random = { (0..<16).map { _ in UInt8.random(in: 0...255) } }
            let request = ReplaceSessionKeysRequest(
                initialMacChainingValue: random(), ppkEnc: random(), ppkCmac: random())
            second87 = try bsp.protect(try request.derBytes(), tag: .encryptedCommand)
            bsp.replaceSessionKeys(
                with: try BSPSessionKeys(
                    encryptionKey: request.ppkEnc, macKey: request.ppkCmac,
                    initialMacChainingValue: request.initialMacChainingValue))
        }
        let the86s = try bsp.protect(profilePackage, tag: .profileElements)
        return BoundProfilePackage(
            initialiseSecureChannelRequest: initialise, firstSequenceOf87: try first87.map(Self.content),
            sequenceOf88: try the88s.map(Self.content), secondSequenceOf87: try second87?.map(Self.content),
            sequenceOf86: try the86s.map(Self.content))
    }

    /// The value of a segment TLV (what BoundProfilePackage keeps per element).
    static func content(_ segment: [UInt8]) throws -> [UInt8] {
        Array(try BSPSegment(encoded: segment).value)
    }

    /// StoreMetadata for a test Profile; notifications for enable, disable and delete go to
    /// `notify.example.com`.
    static func metadata(
        iccid: ICCID, profileClass: ProfileClass = .operational, rules: PprIds? = nil,
        owner: OperatorId? = OperatorId(mccMnc: [0x62, 0xF2, 0x10]), name: String = "Test profile"
    ) throws -> StoreMetadataRequest {
        StoreMetadataRequest(
            iccid: iccid.wireValue, serviceProviderName: "EUICCTests Operator", profileName: name,
            profileClass: profileClass,
            notificationConfigurationInfo: [
                NotificationConfigurationInformation(
                    profileManagementOperation: [.notificationEnable, .notificationDisable, .notificationDelete],
                    notificationAddress: "notify.example.com")
            ],
            profileOwner: owner, profilePolicyRules: rules)
    }
}
