import Foundation
import GRDB
import SGP22

// Reading and writing the SM-DP+ records as rows. Each `init(row:)` mirrors the `storedValues` beside it.

extension InventoryProfile {
    init(row: Row) throws {
        let columns = SQLiteColumns(row: row, table: "profile")
        self.init(
            iccid: try columns.iccid("iccid"), profileType: try columns.text("profileType"),
            state: try columns.enumeration("state", as: ProfileState.self),
            serviceProviderName: try columns.text("serviceProviderName"),
            profileName: try columns.text("profileName"),
            profileClass: ProfileClass(code: try columns.integer("profileClass")),
            packageSize: try columns.integer("packageSize"), importedAt: try columns.date("importedAt"),
            updatedAt: try columns.date("updatedAt"))
    }

    var storedValues: [String: (any DatabaseValueConvertible)?] {
        [
            "iccid": iccid.digits, "profileType": profileType, "state": state.rawValue,
            "serviceProviderName": serviceProviderName, "profileName": profileName,
            "profileClass": profileClass.code, "packageSize": packageSize, "importedAt": importedAt.storedValue,
            "updatedAt": updatedAt.storedValue,
        ]
    }
}

extension DownloadOrder {
    init(row: Row) throws {
        let columns = SQLiteColumns(row: row, table: "downloadOrder")
        var binding: ProfileBinding?
        if let otpk = columns.optionalBytes("bindingEuiccOtpk"), let key = columns.optionalBytes("bindingPrivateKey"),
            let package = columns.optionalBytes("bindingPackage")
        {
            binding = ProfileBinding(euiccOtpk: otpk, smdpOneTimePrivateKey: key, boundProfilePackage: package)
        }
        self.init(
            id: try columns.text("id"), iccid: try columns.iccid("iccid"), profileType: try columns.text("profileType"),
            requester: try columns.text("requester"), eid: try columns.optionalEID("eid"),
            matchingId: columns.optionalText("matchingId"),
            confirmationCodeHash: columns.optionalBytes("confirmationCodeHash"),
            confirmationAttemptsLeft: try columns.integer("confirmationAttemptsLeft"),
            downloadAttemptsLeft: try columns.integer("downloadAttemptsLeft"),
            smdsAddress: columns.optionalText("smdsAddress"),
            status: try columns.enumeration("status", as: OrderStatus.self), createdAt: try columns.date("createdAt"),
            expiresAt: try columns.date("expiresAt"), binding: binding)
    }

    var storedValues: [String: (any DatabaseValueConvertible)?] {
        [
            "id": id, "iccid": iccid.digits, "profileType": profileType, "requester": requester, "eid": eid?.digits,
            "matchingId": matchingId, "confirmationCodeHash": confirmationCodeHash?.storedValue,
            "confirmationAttemptsLeft": confirmationAttemptsLeft, "downloadAttemptsLeft": downloadAttemptsLeft,
            "smdsAddress": smdsAddress, "status": status.rawValue, "createdAt": createdAt.storedValue,
            "expiresAt": expiresAt.storedValue, "bindingEuiccOtpk": binding?.euiccOtpk.storedValue,
            "bindingPrivateKey": binding?.smdpOneTimePrivateKey.storedValue,
            "bindingPackage": binding?.boundProfilePackage.storedValue,
        ]
    }
}

extension RSPSession {
    init(row: Row) throws {
        let columns = SQLiteColumns(row: row, table: "rspSession")
        self.init(
            transactionId: try columns.transactionId("transactionId"),
            euiccChallenge: try columns.bytes("euiccChallenge"), serverChallenge: try columns.bytes("serverChallenge"),
            ciKeyIdentifier: try columns.bytes("ciKeyIdentifier"), createdAt: try columns.date("createdAt"),
            expiresAt: try columns.date("expiresAt"))
        stage = try columns.enumeration("stage", as: SessionStage.self)
        eid = try columns.optionalEID("eid")
        euiccCertificate = columns.optionalBytes("euiccCertificate")
        orderId = columns.optionalText("orderId")
        confirmationCodeRequired = try columns.bool("confirmationCodeRequired")
        smdpSignature2 = columns.optionalBytes("smdpSignature2")
        bppEuiccOtpk = columns.optionalBytes("bppEuiccOtpk")
        euiccOtpk = columns.optionalBytes("euiccOtpk")
        smdpOneTimePrivateKey = columns.optionalBytes("smdpOneTimePrivateKey")
        boundProfilePackage = columns.optionalBytes("boundProfilePackage")
        endReason = columns.optionalText("endReason")
    }

    var storedValues: [String: (any DatabaseValueConvertible)?] {
        [
            "transactionId": transactionId.description, "stage": stage.rawValue,
            "euiccChallenge": euiccChallenge.storedValue, "serverChallenge": serverChallenge.storedValue,
            "ciKeyIdentifier": ciKeyIdentifier.storedValue, "createdAt": createdAt.storedValue,
            "expiresAt": expiresAt.storedValue, "eid": eid?.digits, "euiccCertificate": euiccCertificate?.storedValue,
            "orderId": orderId, "confirmationCodeRequired": confirmationCodeRequired,
            "smdpSignature2": smdpSignature2?.storedValue, "bppEuiccOtpk": bppEuiccOtpk?.storedValue,
            "euiccOtpk": euiccOtpk?.storedValue, "smdpOneTimePrivateKey": smdpOneTimePrivateKey?.storedValue,
            "boundProfilePackage": boundProfilePackage?.storedValue, "endReason": endReason,
        ]
    }
}

extension ReceivedNotification {
    init(row: Row) throws {
        let columns = SQLiteColumns(row: row, table: "notification")
        let operation: Int64 = row["operation"] ?? 0
        self.init(
            id: row["id"], receivedAt: try columns.date("receivedAt"),
            kind: try columns.enumeration("kind", as: Kind.self), eid: try columns.optionalEID("eid"),
            iccid: try columns.optionalICCID("iccid"),
            transactionId: try columns.optionalTransactionId("transactionId"),
            sequenceNumber: try columns.integer("sequenceNumber"), operation: UInt64(bitPattern: operation),
            notificationAddress: try columns.text("notificationAddress"), success: columns.optionalBool("success"),
            pendingNotification: try columns.bytes("pendingNotification"))
    }

    var storedValues: [String: (any DatabaseValueConvertible)?] {
        [
            "receivedAt": receivedAt.storedValue, "kind": kind.rawValue, "eid": eid?.digits, "iccid": iccid?.digits,
            "transactionId": transactionId?.description, "sequenceNumber": sequenceNumber,
            "operation": Int64(bitPattern: operation), "notificationAddress": notificationAddress,
            "success": success, "pendingNotification": pendingNotification.storedValue,
        ]
    }
}

extension Database {
    /// `INSERT INTO table (…) VALUES (…)` from a column dictionary.
    func insert(_ table: String, _ values: [String: (any DatabaseValueConvertible)?]) throws {
        let columns = values.keys.sorted()
        let sql =
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + "(\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
        try execute(sql: sql, arguments: StatementArguments(columns.map { values[$0] ?? nil }))
    }

    /// `UPDATE table SET … WHERE key = ?` from a column dictionary (the key column is not updated).
    func update(_ table: String, key: String, _ values: [String: (any DatabaseValueConvertible)?]) throws {
        let columns = values.keys.filter { $0 != key }.sorted()
        let sql = "UPDATE \(table) SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE \(key) = ?"
        try execute(sql: sql, arguments: StatementArguments(columns.map { values[$0] ?? nil } + [values[key] ?? nil]))
    }
}
