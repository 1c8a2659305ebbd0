import APDU

/// The ECASD (`A0000005591010FFFFFFFF8900000200`): the security domain that holds the eUICC's credentials
/// (CERT.EUICC.ECDSA with SK.EUICC.ECDSA, CERT.EUM.ECDSA and the trusted CI public keys, see ``EUICCIdentity``
/// and ``TrustedCertificateIssuer``).
///
/// SGP.22 gives the ECASD no ES10 function of its own: the ISD-R uses its keys for every signature. Over APDUs it
/// can be selected, as on a real eUICC, and answers nothing else.
public struct ECASDApplication: CardApplication {
    /// The card the ECASD belongs to.
    public let card: EUICC

    public var aid: [UInt8] { WellKnownAID.ecasd }

    /// STORE DATA is for the ISD-R; the ECASD refuses it.
    public func handleStoreData(_ command: [UInt8]) async throws -> [UInt8] {
        throw CardStatusError(.conditionsNotSatisfied, reason: "the ECASD accepts no STORE DATA")
    }
}
