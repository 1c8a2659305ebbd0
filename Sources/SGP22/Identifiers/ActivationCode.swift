import SwiftASN1

/// An SGP.22 Activation Code (section 4.1): what a QR code or a user gives the LPA to start a profile download.
///
/// ```text
/// AC = AC_Format "$" SM-DP+ Address "$" AC_Token [ "$" SM-DP+ OID [ "$" Confirmation Code Required Flag ] ]
/// e.g. 1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1
/// ```
///
/// AC_Format is `1`. The AC_Token is the Matching ID: mandatory as a field but possibly empty, restricted to
/// upper-case alphanumerics and `-`. The OID field may be left empty when the flag follows (`…$$1`); the flag,
/// when present, is `1`. A QR code carries the code behind the prefix `LPA:`; a code typed by the user may
/// omit it, so both forms are accepted. The fields later SGP.22 versions append (v3's CI key indicator and
/// others) are not part of this format and are rejected as extra fields.
///
/// SGP.22 sets no length limits besides the FQDN's (253 characters, RFC 1035); this type caps the Matching ID
/// and the OID at 255 characters so that a hostile code cannot flood logs or requests.
public struct ActivationCode: Hashable, Sendable, CustomStringConvertible {
    /// The prefix a QR code puts in front of the code.
    public static let qrCodePrefix = "LPA:"
    /// The only AC_Format SGP.22 defines.
    public static let formatIdentifier = "1"
    /// RFC 1035's limit for a domain name in text form.
    public static let maximumAddressLength = 253
    /// The project's cap for the Matching ID.
    public static let maximumMatchingIDLength = 255
    /// The project's cap for the SM-DP+ OID.
    public static let maximumOIDLength = 255

    /// The SM-DP+ address: a fully qualified domain name, as written in the code.
    public let smdpAddress: String
    /// The AC_Token (Matching ID); empty when the code names only the SM-DP+.
    public let matchingID: String
    /// The SM-DP+ OID the SM-DP+'s authentication certificate must carry, in dotted-decimal form.
    public let smdpOID: String?
    /// Whether the user must enter a confirmation code during the download.
    public let confirmationCodeRequired: Bool

    /// Builds a code from its fields, checking each as ``init(_:)`` would.
    public init(
        smdpAddress: String,
        matchingID: String = "",
        smdpOID: String? = nil,
        confirmationCodeRequired: Bool = false
    ) throws(ActivationCodeRejection) {
        try Self.checkAddress(smdpAddress)
        try Self.checkMatchingID(matchingID)
        if let smdpOID { try Self.checkOID(smdpOID) }
        self.smdpAddress = smdpAddress
        self.matchingID = matchingID
        self.smdpOID = smdpOID
        self.confirmationCodeRequired = confirmationCodeRequired
    }

    /// Parses a code, with or without the `LPA:` prefix.
    public init(_ text: String) throws(ActivationCodeRejection) {
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

        var oid: String?
        var flag = false
        if fields.count >= 4 {
            if !fields[3].isEmpty {
                oid = String(fields[3])
            } else if fields.count == 4 {
                throw .emptyTrailingField(.smdpOID)
            }
        }
        if fields.count == 5 {
            guard !fields[4].isEmpty else { throw .emptyTrailingField(.confirmationCodeRequiredFlag) }
            guard fields[4] == "1" else { throw .invalidConfirmationCodeRequiredFlag(String(fields[4].prefix(32))) }
            flag = true
        }
        try self.init(
            smdpAddress: String(fields[1]), matchingID: String(fields[2]), smdpOID: oid,
            confirmationCodeRequired: flag)
    }

    /// The code without prefix, as typed: `1$<address>$<matching ID>[$<OID>[$1]]`.
    public var text: String {
        var result = "\(Self.formatIdentifier)$\(smdpAddress)$\(matchingID)"
        if smdpOID != nil || confirmationCodeRequired { result += "$" + (smdpOID ?? "") }
        if confirmationCodeRequired { result += "$1" }
        return result
    }

    /// The code as a QR code carries it, behind `LPA:`.
    public var qrCodeText: String { Self.qrCodePrefix + text }

    /// The QR code form.
    public var description: String { qrCodeText }

    /// The SM-DP+ OID as an object identifier.
    public var smdpObjectIdentifier: ASN1ObjectIdentifier? {
        guard let smdpOID else { return nil }
        return try? ASN1ObjectIdentifier(dotRepresentation: smdpOID)
    }
}

extension ActivationCode {
    /// Checks that `address` is a fully qualified domain name (RFC 1035 letters, digits and hyphens),
    /// optionally followed by `:port`.
    ///
    /// SGP.22 asks for an FQDN on the default HTTPS port. Test labs run SM-DP+s on other ports and on
    /// `localhost`, and common LPAs accept `host:port`, so the project accepts a port suffix and the single
    /// name `localhost` as well; everything else must still be a proper domain name.
    static func checkAddress(_ address: String) throws(ActivationCodeRejection) {
        guard !address.isEmpty else { throw .emptyAddress }
        guard address.count <= maximumAddressLength else {
            throw .tooLong(.smdpAddress, length: address.count, limit: maximumAddressLength)
        }
        var host = Substring(address)
        if let colon = address.lastIndex(of: ":") {
            let port = address[address.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = Int(port), (1...65535).contains(number)
            else { throw .invalidAddress(address, .invalidPort(String(port))) }
            host = address[..<colon]
            guard !host.isEmpty else { throw .emptyAddress }
        }
        if let bad = host.first(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".")) }) {
            throw .invalidAddress(address, .illegalCharacter(bad))
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            guard !label.isEmpty else { throw .invalidAddress(address, .emptyLabel) }
            guard label.count <= 63 else { throw .invalidAddress(address, .labelTooLong(String(label))) }
            guard label.first != "-", label.last != "-" else {
                throw .invalidAddress(address, .hyphenAtLabelEdge(String(label)))
            }
        }
        guard labels.count >= 2 || host.lowercased() == "localhost" else {
            throw .invalidAddress(address, .notFullyQualified)
        }
        if let last = labels.last, last.allSatisfy(\.isNumber) {
            throw .invalidAddress(address, .numericTopLevelLabel)
        }
    }

    /// Checks the Matching ID's alphabet (upper-case A-Z, 0-9, `-`) and length; empty is allowed.
    public static func checkMatchingID(_ matchingID: String) throws(ActivationCodeRejection) {
        guard matchingID.count <= maximumMatchingIDLength else {
            throw .tooLong(.matchingID, length: matchingID.count, limit: maximumMatchingIDLength)
        }
        let allowed: (Character) -> Bool = { character in
            guard let ascii = character.asciiValue else { return false }
            return (0x41...0x5A).contains(ascii) || (0x30...0x39).contains(ascii) || ascii == 0x2D
        }
        if let bad = matchingID.first(where: { !allowed($0) }) {
            throw .illegalMatchingIDCharacter(bad)
        }
    }

    /// Checks dotted-decimal OID syntax: at least two arcs, no leading zeros, first arc 0-2, second below 40
    /// under arcs 0 and 1, each arc within a machine word.
    public static func checkOID(_ oid: String) throws(ActivationCodeRejection) {
        guard oid.count <= maximumOIDLength else {
            throw .tooLong(.smdpOID, length: oid.count, limit: maximumOIDLength)
        }
        let arcs = oid.split(separator: ".", omittingEmptySubsequences: false)
        guard arcs.count >= 2 else { throw .invalidOID(oid) }
        var values: [UInt] = []
        for arc in arcs {
            guard !arc.isEmpty, arc.allSatisfy({ $0.isASCII && $0.isNumber }),
                arc == "0" || arc.first != "0", let value = UInt(arc)
            else { throw .invalidOID(oid) }
            values.append(value)
        }
        guard values[0] <= 2, values[0] == 2 || values[1] < 40 else { throw .invalidOID(oid) }
    }
}
