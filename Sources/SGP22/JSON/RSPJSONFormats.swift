/// The plain-text identifiers ES2+ carries, parsed into the project's `EID` and `ICCID` types.
///
/// Parsed leniently (digits and length only, no prefix or check-digit test): the JSON layer's job is the
/// encoding; whether an operator may order an ICCID with a wrong Luhn digit is the SM-DP+'s decision, answered
/// with a status code rather than a refused body.
enum RSPJSONFormats {
    /// EID: 32 decimal digits.
    static func parseEID(_ value: String) -> Result<EID, RSPJSONFieldFault> {
        do {
            return .success(try EID(value, validation: .lenient))
        } catch {
            return .failure(RSPJSONFieldFault("EID must be 32 decimal digits, got \(quoted(value)): \(error)"))
        }
    }

    /// ICCID as ES2+ writes it: the digits in reading order (not nibble-swapped), 18 to 20 of them; one trailing
    /// `F` (the EF.ICCID padding some implementations copy into JSON) is accepted and dropped.
    static func parseICCID(_ value: String) -> Result<ICCID, RSPJSONFieldFault> {
        var digits = value
        if digits.utf8.count == 20, digits.hasSuffix("F") || digits.hasSuffix("f") {
            digits.removeLast()
        }
        do {
            return .success(try ICCID(digits, validation: .lenient))
        } catch {
            return .failure(
                RSPJSONFieldFault("ICCID must be 18 to 20 decimal digits, got \(quoted(value)): \(error)"))
        }
    }

    /// A field that names its caller or call must hold some text.
    static func checkNonEmpty(_ value: String, what: String) -> RSPJSONFieldFault? {
        value.isEmpty ? RSPJSONFieldFault("\(what) must not be empty") : nil
    }

    /// Shows a value in an error without letting a hostile one flood the log.
    static func quoted(_ value: String) -> String {
        value.utf8.count > 40 ? "\"\(value.prefix(40))…\" (\(value.utf8.count) bytes)" : "\"\(value)\""
    }
}
