import Foundation
import SGP22
import SSPPKI

/// The LPA's settings of one device, kept as JSON beside its card (`lpa.json` in a device folder).
///
/// ```json
/// {
///   "trustSystemRoots": true,
///   "trustedRoots": ["-----BEGIN CERTIFICATE-----\n…"],
///   "deviceTAC": "35290611",
///   "deviceIMEI": "352906110000009"
/// }
/// ```
/// `trustedRoots` are the TLS roots added to (or, with `trustSystemRoots` false, used instead of) the system's:
/// the lab CI that issued the SM-DP+'s TLS certificate, or a root given with `--trust-lab-certificate`.
public struct LPASettings: Codable, Hashable, Sendable {
    /// The file name inside a device folder.
    public static let fileName = "lpa.json"

    /// Whether the operating system's roots are trusted for SM-DP+ TLS.
    public var trustSystemRoots: Bool
    /// Further trusted roots, as PEM.
    public var trustedRoots: [String]
    /// The Type Allocation Code sent in DeviceInfo: 8 digits.
    public var deviceTAC: String
    /// The IMEI sent in DeviceInfo (15 digits), if any.
    public var deviceIMEI: String?

    /// Settings trusting the system roots and `trustedRoots`, for the lab device.
    public init(
        trustSystemRoots: Bool = true, trustedRoots: [String] = [], deviceTAC: String = "35290611",
        deviceIMEI: String? = nil
    ) {
        self.trustSystemRoots = trustSystemRoots
        self.trustedRoots = trustedRoots
        self.deviceTAC = deviceTAC
        self.deviceIMEI = deviceIMEI
    }

    /// Reads the settings file; a missing file gives the defaults.
    public static func load(from file: URL) throws(LPASettingsError) -> LPASettings {
        guard FileManager.default.fileExists(atPath: file.path) else { return LPASettings() }
        do {
            return try JSONDecoder().decode(LPASettings.self, from: Data(contentsOf: file))
        } catch {
            throw .unreadable(path: file.path, reason: "\(error)")
        }
    }

    /// Writes the settings file.
    public func save(to file: URL) throws(LPASettingsError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try encoder.encode(self).write(to: file, options: .atomic)
        } catch {
            throw .unwritable(path: file.path, reason: "\(error)")
        }
    }

    /// Adds a root (PEM) unless it is already trusted.
    public mutating func trust(_ certificate: PKICertificate) {
        let pem = certificate.pemString
        let known = (try? trustedCertificates()) ?? []
        if !known.contains(certificate) { trustedRoots.append(pem) }
    }

    /// The trusted roots, parsed.
    public func trustedCertificates() throws(LPASettingsError) -> [PKICertificate] {
        var result: [PKICertificate] = []
        for (index, pem) in trustedRoots.enumerated() {
            do {
                result.append(try PKICertificate(pemEncoded: pem))
            } catch {
                throw .invalidRoot(index: index, reason: "\(error)")
            }
        }
        return result
    }

    /// The TLS trust these settings describe.
    public func serverTrust() throws(LPASettingsError) -> ServerTrust {
        ServerTrust(trustsSystemRoots: trustSystemRoots, additionalRoots: try trustedCertificates())
    }

    /// The DeviceInfo these settings describe (the lab device's capabilities, this TAC and IMEI).
    public func deviceInfo() throws(LPASettingsError) -> DeviceInfo {
        var info = DeviceInfo.labDevice
        info.tac = try Self.bcd(deviceTAC, digits: 8, field: "deviceTAC")
        if let deviceIMEI {
            // IMEI as 3GPP TS 24.008 writes it: 15 digits, nibble-swapped, padded with F to 8 octets.
            info.imei = try Self.swappedBCD(deviceIMEI, digits: 15, field: "deviceIMEI")
        }
        return info
    }

    static func bcd(_ text: String, digits: Int, field: String) throws(LPASettingsError) -> [UInt8] {
        let values = try digitValues(text, digits: digits, field: field)
        return stride(from: 0, to: values.count, by: 2).map { values[$0] << 4 | values[$0 + 1] }
    }

    static func swappedBCD(_ text: String, digits: Int, field: String) throws(LPASettingsError) -> [UInt8] {
        let values = try digitValues(text, digits: digits, field: field) + [0x0F]
        return stride(from: 0, to: values.count, by: 2).map { values[$0 + 1] << 4 | values[$0] }
    }

    private static func digitValues(_ text: String, digits: Int, field: String) throws(LPASettingsError) -> [UInt8] {
        guard text.count == digits, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .invalidValue(field: field, reason: "\"\(text)\" is not \(digits) decimal digits")
        }
        return text.utf8.map { $0 - 0x30 }
    }
}
