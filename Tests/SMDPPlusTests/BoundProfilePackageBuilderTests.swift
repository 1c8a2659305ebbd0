import Crypto
import Foundation
import SAIP
import SGP22
import SSPCrypto
import SSPPKI
import SwiftASN1
import Testing

@testable import SMDPPlus

/// ES8+ binding checked from the eUICC's side with the shared BSP implementation: the signature over
/// InitialiseSecureChannel, the session keys, each protected command and the profile itself.
@Suite("Bound Profile Package builder")
struct BoundProfilePackageBuilderTests {
    let signingKey = P256.Signing.PrivateKey()
    let eid: EID
    let iccid: ICCID
    let package: [UInt8]

    init() throws {
        eid = try EID(EIDFormat.labDefault)
        package = try TestData.bytes("ts48/TS48V1-A-UNIQUE.der")
        iccid = try ProfilePackage(bytes: package).iccid
    }

    var builder: BoundProfilePackageBuilder {
        BoundProfilePackageBuilder(
            signingKey: signingKey, smdpOid: ASN1ObjectIdentifier(arrayLiteral: 2, 999, 10),
            hostId: Array("TEST-HOST".utf8))
    }

    var metadata: StoreMetadataRequest {
        StoreMetadataRequest(iccid: iccid.wireValue, serviceProviderName: "Lab", profileName: "TS.48 A")
    }

    @Test("the eUICC can verify, derive the keys and decrypt every part")
    func cardSideOpensThePackage() throws {
        let euiccKey = P256.KeyAgreement.PrivateKey()
        let transactionId = try TransactionId(bytes: Array(repeating: 7, count: 16))
        let (bound, _) = try builder.bind(
            transactionId: transactionId, euiccOtpk: euiccKey.publicKey.uncompressedPoint, eid: eid,
            metadata: metadata, profilePackage: package)
        let initialise = bound.initialiseSecureChannelRequest
        #expect(initialise.transactionId == transactionId)
        #expect(initialise.remoteOpId == .installBoundProfilePackage)
        #expect(
            initialise.controlRefTemplate
                == ControlRefTemplate(keyType: 0x88, keyLen: 0x10, hostId: Array("TEST-HOST".utf8)))
        let signed = try initialise.signedBytes(euiccOtpk: euiccKey.publicKey.uncompressedPoint)
        #expect(signingKey.publicKey.isValidSignature(rawBytes: initialise.smdpSign, for: signed))

        let secret = try ECKA.sharedSecret(privateKey: euiccKey, peerPublicKey: initialise.smdpOtpk)
        var session = BSPSession(
            keys: try BSPSessionKeys.derive(sharedSecret: secret, hostID: Array("TEST-HOST".utf8), eid: eid.bcd))
        let configure = try ConfigureISDPRequest(
            derBytes: try session.unprotect(Self.tlvs(0x87, bound.firstSequenceOf87), expecting: .encryptedCommand))
        #expect(configure.dpProprietaryData?.dpOid == ASN1ObjectIdentifier(arrayLiteral: 2, 999, 10))
        let stored = try StoreMetadataRequest(
            derBytes: try session.unprotect(Self.tlvs(0x88, bound.sequenceOf88), expecting: .metadata))
        #expect(stored == metadata)
        let replace = try ReplaceSessionKeysRequest(
            derBytes: try session.unprotect(
                Self.tlvs(0x87, try #require(bound.secondSequenceOf87)), expecting: .encryptedCommand))
        session.replaceSessionKeys(
            with: try BSPSessionKeys(
                encryptionKey: replace.ppkEnc, macKey: replace.ppkCmac,
                initialMacChainingValue: replace.initialMacChainingValue))
        #expect(try session.unprotect(Self.tlvs(0x86, bound.sequenceOf86), expecting: .profileElements) == package)
        for segment in Self.tlvs(0x86, bound.sequenceOf86) {
            #expect(segment.count <= BSPSegment.maximumByteCount)
        }
    }

    @Test("every binding has its own one-time key and fresh Profile Protection Keys")
    func freshKeysPerBinding() throws {
        let euiccOtpk = P256.KeyAgreement.PrivateKey().publicKey.uncompressedPoint
        let transactionId = try TransactionId(bytes: [1, 2, 3, 4])
        let (one, keyOne) = try builder.bind(
            transactionId: transactionId, euiccOtpk: euiccOtpk, eid: eid, metadata: metadata, profilePackage: package)
        let (two, keyTwo) = try builder.bind(
            transactionId: transactionId, euiccOtpk: euiccOtpk, eid: eid, metadata: metadata, profilePackage: package)
        #expect(keyOne.rawRepresentation != keyTwo.rawRepresentation)
        #expect(one.secondSequenceOf87 != two.secondSequenceOf87)
        #expect(one.sequenceOf86 != two.sequenceOf86)
    }

    @Test("a rebinding keeps the protected segments and signs InitialiseSecureChannel for the new transaction")
    func rebinding() throws {
        let euiccOtpk = P256.KeyAgreement.PrivateKey().publicKey.uncompressedPoint
        let (first, key) = try builder.bind(
            transactionId: try TransactionId(bytes: [1]), euiccOtpk: euiccOtpk, eid: eid, metadata: metadata,
            profilePackage: package)
        let newTransaction = try TransactionId(bytes: [2, 2])
        let again = try builder.rebind(first, transactionId: newTransaction, oneTimeKey: key, euiccOtpk: euiccOtpk)
        #expect(again.initialiseSecureChannelRequest.transactionId == newTransaction)
        #expect(again.initialiseSecureChannelRequest.smdpOtpk == first.initialiseSecureChannelRequest.smdpOtpk)
        #expect(again.firstSequenceOf87 == first.firstSequenceOf87)
        #expect(again.sequenceOf86 == first.sequenceOf86)
        let signed = try again.initialiseSecureChannelRequest.signedBytes(euiccOtpk: euiccOtpk)
        #expect(
            signingKey.publicKey.isValidSignature(rawBytes: again.initialiseSecureChannelRequest.smdpSign, for: signed))
    }

    @Test("a hostile eUICC one-time key is refused, not trusted")
    func hostileOneTimeKey() throws {
        let transactionId = try TransactionId(bytes: [9])
        let keys: [[UInt8]] = [[], [0x04], Array(repeating: 0, count: 65), [0x04] + Array(repeating: 0xFF, count: 64)]
        for key in keys {
            #expect(throws: (any Error).self) {
                try builder.bind(
                    transactionId: transactionId, euiccOtpk: key, eid: eid, metadata: metadata, profilePackage: package)
            }
        }
    }

    /// Segment TLVs from the contents a BoundProfilePackage keeps.
    static func tlvs(_ tag: UInt8, _ contents: [[UInt8]]) -> [[UInt8]] {
        contents.map { [tag] + BERLength.encode($0.count) + $0 }
    }
}
