/// An eUICC Identifier: 32 decimal digits naming one eUICC for its whole life (GSMA SGP.29, SGP.22).
///
/// The EID starts with `89` and ends with two check digits computed as in ITU-T E.118 / ISO 7064 MOD 97-10
/// (the IBAN scheme): read as one decimal number, a valid EID is ≡ 1 (mod 97). GetEID (ES10c, BF3E) returns
/// it as 16 bytes of binary-coded decimal in printed nibble order, under tag 5A.
///
/// Text is parsed strictly and bytes from a card leniently, for the reasons given in ``IdentifierValidation``.
public struct EID: Hashable, Sendable, CustomStringConvertible {
    /// An EID has exactly this many digits.
    public static let digitCount = 32
    /// The number of bytes of the binary form.
    public static let byteCount = 16
    /// The prefix every EID starts with.
    public static let prefix = "89"

    /// The 32 digits, check digits included.
    public let digits: String

    /// Parses the printed 32 digits.
    ///
    /// - Parameter validation: `.strict` (the default) also checks the `89` prefix and the check digits.
    public init(_ text: String, validation: IdentifierValidation = .strict) throws(IdentifierError) {
        guard !text.isEmpty else { throw .empty(.eid) }
        try self.init(digits: BCD.digits(of: text, kind: .eid), validation: validation)
    }

    /// Decodes the 16 bytes GetEID returns.
    public init(bcd bytes: some Collection<UInt8>, validation: IdentifierValidation = .lenient) throws(IdentifierError)
    {
        guard bytes.count == Self.byteCount else {
            throw .wrongByteCount(.eid, found: bytes.count, expected: Self.byteCount)
        }
        try self.init(digits: BCD.decode(bytes, swapped: false, kind: .eid), validation: validation)
    }

    /// Builds a valid EID from its first 30 digits by appending the two check digits, e.g. for test cards.
    public static func make(prefix30: String) throws(IdentifierError) -> EID {
        guard !prefix30.isEmpty else { throw .empty(.eid) }
        let body = try BCD.digits(of: prefix30, kind: .eid)
        let allowed = (digitCount - 2)...(digitCount - 2)
        guard body.count == allowed.lowerBound else {
            throw .wrongDigitCount(.eid, found: body.count, allowed: allowed)
        }
        return try EID(digits: body + CheckDigits.mod97Pair(body), validation: .strict)
    }

    private init(digits: [UInt8], validation: IdentifierValidation) throws(IdentifierError) {
        guard digits.count == Self.digitCount else {
            throw .wrongDigitCount(.eid, found: digits.count, allowed: Self.digitCount...Self.digitCount)
        }
        let text = BCD.text(of: digits)
        if validation == .strict {
            guard text.hasPrefix(Self.prefix) else {
                throw .wrongPrefix(.eid, found: String(text.prefix(2)), expected: Self.prefix)
            }
            guard CheckDigits.mod97(digits) == 1 else {
                let expected = CheckDigits.mod97Pair(Array(digits.prefix(Self.digitCount - 2)))
                throw .checkDigitMismatch(.eid, expected: BCD.text(of: expected), found: String(text.suffix(2)))
            }
        }
        self.digits = text
    }

    /// Whether the EID is ≡ 1 (mod 97) (always true for strictly parsed values).
    public var hasValidCheckDigits: Bool {
        CheckDigits.mod97(digits.utf8.map { $0 - 0x30 }) == 1
    }

    /// The 16 bytes as GetEID returns them.
    public var bcd: [UInt8] { BCD.encode(digits.utf8.map { $0 - 0x30 }, byteCount: Self.byteCount, swapped: false) }

    /// The digits.
    public var description: String { digits }
}
