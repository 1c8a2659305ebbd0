import APDU
import Foundation
import GRDB
import SGP22

/// ES10c: EnableProfile (SGP.22 §5.7.16), DisableProfile (§5.7.17) and DeleteProfile (§5.7.18).
///
/// One Profile is enabled at a time: enabling one disables the one that was enabled. Profile Policy Rules
/// apply: PPR1 forbids disabling the Profile (and so enabling another while it is enabled), PPR2 forbids
/// deleting it. Each change and the notifications the Profile's metadata asks for are one transaction.
extension EUICC {
    /// EnableProfile (BF31).
    func enableProfile(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(EnableProfileRequest.self, command)
        let notifications = NotificationList(identity: identity)
        let result = try database.write("enable profile") { db -> EnableProfileResponse.EnableResult in
            let profiles = try ProfileRecord.fetchAll(db)
            guard var target = profiles.first(where: { $0.matches(request.profileIdentifier) }) else {
                return .iccidOrAidNotFound
            }
            guard !target.isEnabled else { return .profileNotInDisabledState }
            if let targetPort = request.targetEsimPort, targetPort != 0 {
                // Single Enabled Profile: the only port is 0 (SGP.22 v3 MEP is not offered).
                return .noEsimPortAvailable
            }
            if var current = profiles.first(where: \.isEnabled) {
                let currentMetadata = try current.metadata()
                guard !(currentMetadata.profilePolicyRules ?? []).contains(.ppr1) else { return .disallowedByPolicy }
                current.state = ProfileRecord.disabledState
                try current.update(db)
                try notifications.recordConfigured(
                    db, event: .notificationDisable, iccid: currentMetadata.iccid,
                    configuration: currentMetadata.notificationConfigurationInfo)
            }
            let metadata = try target.metadata()
            target.state = ProfileRecord.enabledState
            try target.update(db)
            try notifications.recordConfigured(
                db, event: .notificationEnable, iccid: metadata.iccid,
                configuration: metadata.notificationConfigurationInfo)
            return .ok
        }
        return try Self.encodeResponse(EnableProfileResponse(enableResult: result))
    }

    /// DisableProfile (BF32).
    func disableProfile(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(DisableProfileRequest.self, command)
        let notifications = NotificationList(identity: identity)
        let result = try database.write("disable profile") { db -> DisableProfileResponse.DisableResult in
            guard var target = try ProfileRecord.fetchAll(db).first(where: { $0.matches(request.profileIdentifier) })
            else { return .iccidOrAidNotFound }
            guard target.isEnabled else { return .profileNotInEnabledState }
            let metadata = try target.metadata()
            guard !(metadata.profilePolicyRules ?? []).contains(.ppr1) else { return .disallowedByPolicy }
            target.state = ProfileRecord.disabledState
            try target.update(db)
            try notifications.recordConfigured(
                db, event: .notificationDisable, iccid: metadata.iccid,
                configuration: metadata.notificationConfigurationInfo)
            return .ok
        }
        return try Self.encodeResponse(DisableProfileResponse(disableResult: result))
    }

    /// DeleteProfile (BF33): removes a disabled Profile with its ISD-P and package.
    func deleteProfile(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(DeleteProfileRequest.self, command)
        let notifications = NotificationList(identity: identity)
        let result = try database.write("delete profile") { db -> DeleteProfileResponse.DeleteResult in
            guard let target = try ProfileRecord.fetchAll(db).first(where: { $0.matches(request.profileIdentifier) })
            else { return .iccidOrAidNotFound }
            guard !target.isEnabled else { return .profileNotInDisabledState }
            let metadata = try target.metadata()
            guard !(metadata.profilePolicyRules ?? []).contains(.ppr2) else { return .disallowedByPolicy }
            try target.delete(db)
            try notifications.recordConfigured(
                db, event: .notificationDelete, iccid: metadata.iccid,
                configuration: metadata.notificationConfigurationInfo)
            return .ok
        }
        return try Self.encodeResponse(DeleteProfileResponse(deleteResult: result))
    }
}
