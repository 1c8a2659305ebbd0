import SGP22
import SwiftASN1

/// An SSP activation code: what a QR code or a user gives the LBA to download a Telecom Bundle from an SPB
/// Manager. The format is the project's, modelled on SGP.22's activation code (section 4.1):
///
/// ```text
/// SSP:1$<SPB Manager address>$<matching ID>[$<family ID>[$<custodian OID>]]
/// e.g. SSP:1$spbm.example.com$8GZ2-K4PQ-7TX1$0001$2.999.3103.4.1
/// ```
///
/// - The format is `1`. The SPB Manager address follows SGP.22's rules for the SM-DP+ address, as the
///   project applies them (a domain name, optionally `:port`, or `localhost`).
/// - The matching ID is mandatory as a field but may be empty; upper-case letters, digits and `-`.
/// - The family ID is the ``SpbFamilyId/familyId`` in hexadecimal (2 to 32 digits); when the custodian OID is
///   left out, the LBA uses the Telecom family's configured custodian. A custodian needs a family ID.
/// - A QR code carries the code behind `SSP:`. ``init(_:)`` also accepts the bare code; the LBA's single
///   "add" entry point (``AnyActivationCode``) tells SSP codes from SGP.22 codes by that prefix.
public struct SSPActivationCode: Hashable, Sendable, CustomStringConvertible {
    /// The prefix a QR code puts in front of the code.
    public static let qrCodePrefix = "SSP:"
    /// The only format defined.
    public static let formatIdentifier = "1"
    /// The project's cap for the matching ID.
    public static let maximumMatchingIDLength = 255
    /// The project's cap for the custodian OID.
    public static let maximumOIDLength = 255

    /// The SPB Manager address, as written in the code.
    public let spbmAddress: String
    /// The matching ID; empty when the code names only the SPB Manager.
    public let matchingID: String
    /// The family ID's octets, when the code names a family.
    public let familyId: [UInt8]?
    /// The custodian OID in dotted form, when the code names one.
    public let custodianOID: String?

    /// Builds a code from its fields, checking each as ``init(_:)`` would.
    public init(
        spbmAddress: String,
        matchingID: String = "",
        familyId: [UInt8]? = nil,
        custodianOID: String? = nil
    ) throws(SSPActivationCodeRejection) {
        try Self.checkAddress(spbmAddress)
        try Self.checkMatchingID(matchingID)
        if let familyId, !SpbFamilyId.familyIdSizes.contains(familyId.count) {
            throw .invalidFamilyId(Hex.encode(familyId.prefix(20)))
        }
        if let custodianOID {
            guard familyId != nil else { throw .custodianWithoutFamily }
            try Self.checkOID(custodianOID)
        }
        self.spbmAddress = spbmAddress
        self.matchingID = matchingID
        self.familyId = familyId
        self.custodianOID = custodianOID
    }

    /// Builds a code naming `family`.
    public init(spbmAddress: String, matchingID: String = "", family: SpbFamilyId) throws(SSPActivationCodeRejection) {
        try self.init(
            spbmAddress: spbmAddress, matchingID: matchingID, familyId: family.familyId,
            custodianOID: family.custodianDotted)
    }

    /// Parses a code, with or without the `SSP:` prefix.
    public init(_ text: String) throws(SSPActivationCodeRejection) {
        guard !text.isEmpty else { throw .empty }
        var body = Substring(text)
        if body.hasPrefix(Self.qrCodePrefix) {
            body = body.dropFirst(Self.qrCodePrefix.count)
        } else if body.prefix(Self.qrCodePrefix.count).uppercased() == Self.qrCodePrefix {
            throw .malformedPrefix(String(body.prefix(Self.qrCodePrefix.count)))
        }
        guard !body.isEmpty else { throw .empty }
        let fields = body.split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count > 1 else { throw .missingDelimiter }
        guard !fields[0].isEmpty else { throw .missingFormat }
        guard fields[0] == Self.formatIdentifier else { throw .unsupportedFormat(String(fields[0].prefix(32))) }
        guard fields.count <= 5 else { throw .tooManyFields(fields.count) }
        guard !fields[1].isEmpty else { throw .emptyAddress }
        guard fields.count > 2 else { throw .missingMatchingIDField }

        var familyId: [UInt8]?
        if fields.count >= 4 {
            guard !fields[3].isEmpty else {
                throw fields.count == 4 ? .emptyTrailingField(.familyId) : .custodianWithoutFamily
            }
            guard (2...32).contains(fields[3].count), let bytes = Hex.decode(fields[3]) else {
                throw .invalidFamilyId(String(fields[3].prefix(40)))
            }
            familyId = bytes
        }
        var custodian: String?
        if fields.count == 5 {
            guard !fields[4].isEmpty else { throw .emptyTrailingField(.custodianOID) }
            custodian = String(fields[4])
        }
        try self.init(
            spbmAddress: String(fields[1]), matchingID: String(fields[2]), familyId: familyId, custodianOID: custodian)
    }

    /// The code without prefix: `1$<address>$<matching ID>[$<family ID>[$<custodian OID>]]`.
    public var text: String {
        var result = "\(Self.formatIdentifier)$\(spbmAddress)$\(matchingID)"
        if let familyId { result += "$" + Hex.encode(familyId) }
        if let custodianOID { result += "$" + custodianOID }
        return result
    }

    /// The code as a QR code carries it, behind `SSP:`.
    public var qrCodeText: String { Self.qrCodePrefix + text }

    /// The QR code form.
    public var description: String { qrCodeText }

    /// The family the code names, with `defaultCustodian` when the code gives no custodian; `nil` when the code
    /// names no family (the LBA then uses its configured Telecom family).
    public func spbFamilyId(
        defaultCustodian: ASN1ObjectIdentifier = SPBObjectIdentifiers.defaultTelecomCustodian
    ) -> SpbFamilyId? {
        guard let familyId else { return nil }
        let custodian = custodianOID.flatMap { try? ASN1ObjectIdentifier(dotRepresentation: $0) } ?? defaultCustodian
        return try? SpbFamilyId(familyId: familyId, custodianOid: custodian)
    }
}

extension SSPActivationCode {
    /// The SPB Manager address obeys the same rules as an SGP.22 SM-DP+ address; SGP22's check is reused so
    /// that both kinds of code accept and refuse the same addresses.
    static func checkAddress(_ address: String) throws(SSPActivationCodeRejection) {
        do {
            _ = try ActivationCode(smdpAddress: address)
        } catch {
            switch error {
            case .emptyAddress: throw .emptyAddress
            case .invalidAddress(let text, let problem): throw .invalidAddress(text, problem)
            case .tooLong(_, let length, let limit): throw .tooLong(.spbmAddress, length: length, limit: limit)
            default: throw .addressRejected(address, error.description)
            }
        }
    }

    /// Upper-case A-Z, 0-9 and `-`, at most 255 characters; empty is allowed: the SGP.22 rule, shared.
    static func checkMatchingID(_ matchingID: String) throws(SSPActivationCodeRejection) {
        do {
            try ActivationCode.checkMatchingID(matchingID)
        } catch .illegalMatchingIDCharacter(let character) {
            throw .illegalMatchingIDCharacter(character)
        } catch {
            throw .tooLong(.matchingID, length: matchingID.count, limit: maximumMatchingIDLength)
        }
    }

    /// Dotted-decimal OID syntax as SGP.22 checks the SM-DP+ OID, and an OID swift-asn1 can encode.
    static func checkOID(_ oid: String) throws(SSPActivationCodeRejection) {
        do {
            try ActivationCode.checkOID(oid)
        } catch .tooLong {
            throw .tooLong(.custodianOID, length: oid.count, limit: maximumOIDLength)
        } catch {
            throw .invalidCustodianOID(oid)
        }
        guard (try? ASN1ObjectIdentifier(dotRepresentation: oid)) != nil else { throw .invalidCustodianOID(oid) }
    }
}
