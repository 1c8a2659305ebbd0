import Foundation

/// The W3C date-time ES2+ uses for `timestamp`: `YYYY-MM-DDThh:mm:ssTZD`, e.g. `2001-12-17T09:30:47Z`.
///
/// Written out (calendar arithmetic on the proleptic Gregorian calendar) so that output is the same on every
/// platform. Output is always UTC with `Z` and whole seconds; input also accepts a `±hh:mm` offset and a
/// fractional second, which other implementations emit.
enum RSPJSONTimestamp {
    /// `2001-12-17T09:30:47Z`.
    static func format(_ date: Date) -> String {
        let total = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = floorDivide(total, 86_400)
        let secondsOfDay = total - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondsOfDay / 3600, 2) + ":"
            + pad(secondsOfDay / 60 % 60, 2) + ":" + pad(secondsOfDay % 60, 2) + "Z"
    }

    /// The instant `text` names, or what is wrong with it.
    static func parse(_ text: String) -> Result<Date, RSPJSONFieldFault> {
        let fault = RSPJSONFieldFault(
            "timestamp must be YYYY-MM-DDThh:mm:ss followed by Z or ±hh:mm, got \(RSPJSONFormats.quoted(text))")
        let c = Array(text.utf8)
        guard c.count >= 20, c[4] == UInt8(ascii: "-"), c[7] == UInt8(ascii: "-"), c[10] == UInt8(ascii: "T"),
            c[13] == UInt8(ascii: ":"), c[16] == UInt8(ascii: ":"),
            let year = number(c[0..<4]), let month = number(c[5..<7]), let day = number(c[8..<10]),
            let hour = number(c[11..<13]), let minute = number(c[14..<16]), let second = number(c[17..<19])
        else { return .failure(fault) }
        var index = 19
        var fraction = 0.0
        if c[index] == UInt8(ascii: ".") {
            var scale = 0.1
            index += 1
            let start = index
            while index < c.count, let digit = number(c[index..<index + 1]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > start, index < c.count else { return .failure(fault) }
        }
        var offsetSeconds: Int64 = 0
        let zone = c[index...]
        if zone.count == 1, zone.first == UInt8(ascii: "Z") || zone.first == UInt8(ascii: "z") {
            offsetSeconds = 0
        } else if zone.count == 6, zone.first == UInt8(ascii: "+") || zone.first == UInt8(ascii: "-"),
            c[index + 3] == UInt8(ascii: ":"),
            let hours = number(c[index + 1..<index + 3]), let minutes = number(c[index + 4..<index + 6]),
            hours <= 23, minutes <= 59
        {
            offsetSeconds = (hours * 3600 + minutes * 60) * (zone.first == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return .failure(fault)
        }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), hour <= 23,
            minute <= 59, second <= 59
        else { return .failure(fault) }
        let seconds =
            days(fromYear: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
            - offsetSeconds
        return .success(Date(timeIntervalSince1970: Double(seconds) + fraction))
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int64? {
        var value: Int64 = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int64(digit - UInt8(ascii: "0"))
        }
        return digits.isEmpty ? nil : value
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func isLeap(_ year: Int64) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    private static func days(fromYear year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `days(fromYear:month:day:)`.
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
