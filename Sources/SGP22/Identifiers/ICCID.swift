/// An Integrated Circuit Card Identifier: the number printed on a SIM and stored in its EF.ICCID (ITU-T E.118).
///
/// 18 to 20 decimal digits starting with `89` (telecommunications), the last of which is a Luhn check digit
/// over all the others. On the card it takes ten bytes of binary-coded decimal padded with `F`; EF.ICCID and
/// SGP.22's `Iccid` (tag 5A) swap the nibbles of each byte, the SAIP ProfileHeader does not.
///
/// Strict or lenient (see ``IdentifierValidation``): text is parsed strictly, because a person or an operator
/// system typed it and the Luhn digit is there to catch typing errors. Bytes from a card or a profile package
/// are decoded leniently, without the `89` prefix or the Luhn check, because the number is already
/// provisioned and refusing it would only make that card or profile unusable. The GSMA TS.48 test profiles
/// all carry valid check digits (e.g. `8949449999999990023`), but test cards from other sources do not always.
public struct ICCID: Hashable, Sendable, CustomStringConvertible {
    /// The number of digits an ICCID may have.
    public static let digitCounts: ClosedRange<Int> = 18...20
    /// The number of bytes of the binary forms.
    public static let byteCount = 10
    /// The major industry identifier every telecommunication ICCID starts with.
    public static let prefix = "89"

    /// The digits, without padding, including the check digit.
    public let digits: String

    /// Parses printed digits (no spaces, no padding).
    ///
    /// - Parameter validation: `.strict` (the default) also checks the `89` prefix and the Luhn digit.
    public init(_ text: String, validation: IdentifierValidation = .strict) throws(IdentifierError) {
        guard !text.isEmpty else { throw .empty(.iccid) }
        try self.init(digits: BCD.digits(of: text, kind: .iccid), validation: validation)
    }

    /// Decodes the ten nibble-swapped bytes of EF.ICCID (and of SGP.22's `Iccid`), `F`-padded.
    public init(
        swappedBCD bytes: some Collection<UInt8>, validation: IdentifierValidation = .lenient
    )
        throws(IdentifierError)
    {
        guard bytes.count == Self.byteCount else {
            throw .wrongByteCount(.iccid, found: bytes.count, expected: Self.byteCount)
        }
        try self.init(digits: BCD.decode(bytes, swapped: true, kind: .iccid), validation: validation)
    }

    /// Decodes the ten bytes in printed nibble order, `F`-padded, as the SAIP ProfileHeader stores the ICCID.
    public init(bcd bytes: some Collection<UInt8>, validation: IdentifierValidation = .lenient) throws(IdentifierError)
    {
        guard bytes.count == Self.byteCount else {
            throw .wrongByteCount(.iccid, found: bytes.count, expected: Self.byteCount)
        }
        try self.init(digits: BCD.decode(bytes, swapped: false, kind: .iccid), validation: validation)
    }

    /// Wraps SGP.22's on-the-wire `Iccid` (the EF.ICCID bytes), leniently.
    public init(_ wire: Iccid) throws(IdentifierError) {
        try self.init(swappedBCD: wire.bytes)
    }

    /// Builds a valid ICCID by appending the Luhn check digit to `body` (17 to 19 digits starting with `89`).
    public static func make(body: String) throws(IdentifierError) -> ICCID {
        guard !body.isEmpty else { throw .empty(.iccid) }
        let digits = try BCD.digits(of: body, kind: .iccid)
        let allowed = (digitCounts.lowerBound - 1)...(digitCounts.upperBound - 1)
        guard allowed.contains(digits.count) else {
            throw .wrongDigitCount(.iccid, found: digits.count, allowed: allowed)
        }
        return try ICCID(digits: digits + [CheckDigits.luhn(digits)], validation: .strict)
    }

    private init(digits: [UInt8], validation: IdentifierValidation) throws(IdentifierError) {
        guard Self.digitCounts.contains(digits.count) else {
            throw .wrongDigitCount(.iccid, found: digits.count, allowed: Self.digitCounts)
        }
        let text = BCD.text(of: digits)
        if validation == .strict {
            guard text.hasPrefix(Self.prefix) else {
                throw .wrongPrefix(.iccid, found: String(text.prefix(2)), expected: Self.prefix)
            }
            let expected = CheckDigits.luhn(Array(digits.dropLast()))
            guard let found = digits.last, found == expected else {
                throw .checkDigitMismatch(.iccid, expected: BCD.text(of: [expected]), found: String(text.suffix(1)))
            }
        }
        self.digits = text
    }

    /// Whether the last digit is the Luhn check digit of the others (always true for strictly parsed values).
    public var hasValidCheckDigit: Bool {
        let values = digitValues
        guard let last = values.last else { return false }
        return CheckDigits.luhn(Array(values.dropLast())) == last
    }

    /// The ten EF.ICCID bytes: nibble-swapped, `F`-padded.
    public var swappedBCD: [UInt8] { BCD.encode(digitValues, byteCount: Self.byteCount, swapped: true) }

    /// The ten bytes in printed nibble order, `F`-padded (SAIP ProfileHeader form).
    public var bcd: [UInt8] { BCD.encode(digitValues, byteCount: Self.byteCount, swapped: false) }

    /// SGP.22's on-the-wire `Iccid`.
    public var wireValue: Iccid {
        // `swappedBCD` is always ten bytes, the only thing `Iccid` checks.
        guard let wire = try? Iccid(bytes: swappedBCD) else { preconditionFailure("an ICCID encodes to 10 bytes") }
        return wire
    }

    /// The digits.
    public var description: String { digits }

    private var digitValues: [UInt8] { digits.utf8.map { $0 - 0x30 } }
}
