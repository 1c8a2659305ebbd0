import Foundation
import GRDB
import SGP22

/// Reading typed values out of stored rows; every failure names the table and column.
struct SQLiteColumns {
    let row: Row
    let table: String

    func text(_ column: String) throws -> String {
        guard let value: String = row[column] else { throw missing(column) }
        return value
    }

    func optionalText(_ column: String) -> String? { row[column] }

    func bytes(_ column: String) throws -> [UInt8] {
        guard let value = optionalBytes(column) else { throw missing(column) }
        return value
    }

    func optionalBytes(_ column: String) -> [UInt8]? {
        (row[column] as Data?).map { Array($0) }
    }

    func integer(_ column: String) throws -> Int {
        guard let value: Int = row[column] else { throw missing(column) }
        return value
    }

    func bool(_ column: String) throws -> Bool {
        guard let value: Bool = row[column] else { throw missing(column) }
        return value
    }

    func optionalBool(_ column: String) -> Bool? { row[column] }

    func date(_ column: String) throws -> Date {
        guard let value: Double = row[column] else { throw missing(column) }
        return Date(timeIntervalSince1970: value)
    }

    func iccid(_ column: String) throws -> ICCID {
        let digits = try text(column)
        do {
            return try ICCID(digits, validation: .lenient)
        } catch {
            throw SMDPStorageError.corruptRecord(table: table, reason: "\(column) \"\(digits)\": \(error)")
        }
    }

    func optionalICCID(_ column: String) throws -> ICCID? {
        guard optionalText(column) != nil else { return nil }
        return try iccid(column)
    }

    func optionalEID(_ column: String) throws -> EID? {
        guard let digits = optionalText(column) else { return nil }
        do {
            return try EID(digits, validation: .lenient)
        } catch {
            throw SMDPStorageError.corruptRecord(table: table, reason: "\(column) \"\(digits)\": \(error)")
        }
    }

    func transactionId(_ column: String) throws -> TransactionId {
        let text = try text(column)
        guard let bytes = HexText.decode(text), let identifier = try? TransactionId(bytes: bytes) else {
            throw SMDPStorageError.corruptRecord(table: table, reason: "\(column) \"\(text)\" is not a transactionId")
        }
        return identifier
    }

    func optionalTransactionId(_ column: String) throws -> TransactionId? {
        guard optionalText(column) != nil else { return nil }
        return try transactionId(column)
    }

    func enumeration<Value: RawRepresentable>(_ column: String, as type: Value.Type) throws -> Value
    where Value.RawValue == String {
        let raw = try text(column)
        guard let value = Value(rawValue: raw) else {
            throw SMDPStorageError.corruptRecord(table: table, reason: "\(column) has unknown value \"\(raw)\"")
        }
        return value
    }

    private func missing(_ column: String) -> SMDPStorageError {
        .corruptRecord(table: table, reason: "column \(column) is missing or null")
    }
}

extension Date {
    /// The stored form of a date.
    var storedValue: Double { timeIntervalSince1970 }
}

extension Array where Element == UInt8 {
    /// The stored form of bytes.
    var storedValue: Data { Data(self) }
}
