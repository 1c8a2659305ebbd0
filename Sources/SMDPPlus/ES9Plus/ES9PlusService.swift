import Crypto
import Foundation
import SGP22
import SSPPKI
import SwiftASN1

/// The SM-DP+ side of ES9+ (SGP.22 section 5.6): the functions the LPA calls, as plain async functions from the
/// JSON request types to the JSON response types. Protocol failures are thrown as ``RSPFunctionFailure``;
/// anything else thrown is an internal fault.
///
/// The service holds no state of its own: every step reads and changes the storage, so any number of requests
/// run in parallel, and a session begun by one server process is continued by another.
public struct ES9PlusService: Sendable {
    /// Storage, credentials, settings, clock and callbacks.
    public let context: SMDPContext

    /// A service over `context`.
    public init(context: SMDPContext) {
        self.context = context
    }

    var storage: any SMDPStorage { context.storage }
    var credentials: SMDPCredentials { context.credentials }
    var settings: SMDPSettings { context.settings }

    var packageBuilder: BoundProfilePackageBuilder {
        BoundProfilePackageBuilder(
            signingKey: credentials.dpPb.privateKey, smdpOid: credentials.smdpOid, hostId: settings.hostId)
    }

    /// The session `transactionId` names, if it exists, has not expired and is at one of `stages`; otherwise the
    /// SGP.22 answer for an unknown transaction.
    func activeSession(
        _ transactionId: TransactionId, at now: Date, stages: Set<SessionStage>
    ) async throws -> RSPSession {
        guard let session = try await storage.session(transactionId) else {
            throw RSPFunctionFailure(.transactionIdUnknown, "no RSP session has transactionId \(transactionId)")
        }
        guard !session.isExpired(at: now) else {
            throw RSPFunctionFailure(.transactionIdUnknown, "the RSP session \(transactionId) has expired")
        }
        guard stages.contains(session.stage) else {
            throw RSPFunctionFailure(
                .transactionIdUnknown,
                "the RSP session \(transactionId) is \(session.stage.rawValue), not open to this function")
        }
        return session
    }

    /// A DER structure from a request field; malformed input is an invalid parameter naming the field.
    static func decode<Value: DERParseable>(
        _ type: Value.Type, _ bytes: [UInt8], field: String
    ) throws(RSPFunctionFailure) -> Value {
        do {
            return try Value(derBytes: bytes)
        } catch {
            throw RSPFunctionFailure(
                StatusCodeData.invalidInputParameter.identifying(field),
                "\(field) is not a valid \(Value.self): \(error)")
        }
    }

    /// The `5F37` TLV the JSON carries for a signature.
    static func signatureTLV(_ signature: [UInt8]) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serializeOctets(signature, identifier: .application(55))
        return serializer.serializedBytes
    }

    /// The eUICC's signing key from a stored certificate.
    static func euiccPublicKey(_ certificate: [UInt8]?) throws -> P256.Signing.PublicKey {
        guard let certificate, let parsed = try? PKICertificate(derEncoded: certificate),
            let key = try? P256.Signing.PublicKey(x963Representation: parsed.publicKeyBytes)
        else {
            throw RSPFunctionFailure(.euiccVerificationFailed, "no eUICC certificate is known for this session")
        }
        return key
    }
}
