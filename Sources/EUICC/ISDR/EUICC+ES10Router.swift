import APDU
import SGP22
import SwiftASN1

extension EUICC {
    /// Answers one ES10 command (a complete STORE DATA payload) the way the ISD-R does.
    ///
    /// Functions report their own failures as SGP.22 result codes inside a normal response. A request that
    /// cannot be parsed is refused with `6A80`, a function this card does not implement with `6A81`.
    func handleES10(_ command: [UInt8]) throws -> [UInt8] {
        guard let tag = Self.leadingTag(command) else {
            throw CardStatusError(.wrongData, reason: "empty or truncated ES10 command")
        }
        if BoundProfilePackageTag.isSegment(tag) {
            return try loadBoundProfilePackageSegment(command, tag: tag)
        }
        switch tag {
        case 0xBF2E: return try getEUICCChallenge(command)
        case 0xBF20: return try getEUICCInfo1(command)
        case 0xBF22: return try getEUICCInfo2(command)
        case 0xBF38: return try authenticateServer(command)
        case 0xBF21: return try prepareDownload(command)
        case 0xBF41: return try cancelSession(command)
        case 0xBF28: return try listNotification(command)
        case 0xBF2B: return try retrieveNotificationsList(command)
        case 0xBF30: return try removeNotificationFromList(command)
        case 0xBF43: return try getRAT(command)
        case 0xBF2D: return try getProfilesInfo(command)
        case 0xBF31: return try enableProfile(command)
        case 0xBF32: return try disableProfile(command)
        case 0xBF33: return try deleteProfile(command)
        case 0xBF29: return try setNickname(command)
        case 0xBF34: return try eUICCMemoryReset(command)
        case 0xBF3E: return try getEID(command)
        case 0xBF3C: return try getEuiccConfiguredAddresses(command)
        case 0xBF3F: return try setDefaultDpAddress(command)
        default:
            throw CardStatusError(
                .functionNotSupported, reason: "ES10 function with tag \(String(tag, radix: 16, uppercase: true))")
        }
    }

    /// The tag at the start of `bytes` as SGP.22 prints it (`0xBF2E`, `0x86`), or `nil` if it is truncated.
    static func leadingTag(_ bytes: [UInt8]) -> UInt32? {
        guard let first = bytes.first else { return nil }
        guard first & 0x1F == 0x1F else { return UInt32(first) }
        var tag = UInt32(first)
        var index = 1
        while index < bytes.count, index <= 3 {
            tag = tag << 8 | UInt32(bytes[index])
            if bytes[index] & 0x80 == 0 { return tag }
            index += 1
        }
        return nil
    }

    /// Decodes a complete ES10 request; anything malformed (or with trailing bytes) is refused with `6A80`.
    static func decodeRequest<Request: DERImplicitlyTaggable>(
        _ type: Request.Type, _ command: [UInt8]
    ) throws
        -> Request
    {
        do {
            return try Request(derBytes: command)
        } catch {
            throw CardStatusError(.wrongData, reason: "malformed \(Request.self): \(error)")
        }
    }

    /// Encodes a response; a failure here is the card's own fault (`6F00`).
    static func encodeResponse(_ response: some DERSerializable) throws -> [UInt8] {
        do {
            return try response.derBytes()
        } catch {
            throw CardStatusError(.noPreciseDiagnosis, reason: "cannot encode \(type(of: response)): \(error)")
        }
    }
}
