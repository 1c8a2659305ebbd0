import Foundation
import SPB
import SwiftASN1
import Testing

/// The module text in `docs/asn1` and the Swift types describe the same thing: every type the module defines
/// has a Swift type of the same name, and every tag the module gives a message is the Swift type's tag.
@Suite("The ASN.1 module text and the Swift types agree")
struct ASN1ModuleTests {
    static let moduleURL = SPBTestSupport.repositoryRoot
        .appendingPathComponent("docs/asn1/SSPSi2Si3Definitions-v1.asn")
    static let sourcesURL = SPBTestSupport.repositoryRoot.appendingPathComponent("Sources/SPB")

    /// `Name ::= …` assignments of types (capitalised names), with their right-hand side's first line.
    static func typeAssignments() throws -> [(name: String, definition: String)] {
        let text = try String(contentsOf: moduleURL, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let first = line.first, first.isUppercase, let range = line.range(of: " ::= ") else { return nil }
            let name = String(line[..<range.lowerBound])
            guard name.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
            return (name, String(line[range.upperBound...]))
        }
    }

    /// Every `struct`, `enum` and `protocol` declared in Sources/SPB.
    static func swiftTypeNames() throws -> Set<String> {
        var names = Set<String>()
        let files = FileManager.default.enumerator(at: sourcesURL, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                for (index, word) in words.enumerated() where ["struct", "enum", "protocol"].contains(word) {
                    guard index + 1 < words.count else { continue }
                    let name = words[index + 1].prefix { $0.isLetter || $0.isNumber }
                    names.insert(String(name))
                }
            }
        }
        return names
    }

    @Test("The module is version 1 under 2.999.3103.3.1")
    func header() throws {
        let text = try String(contentsOf: Self.moduleURL, encoding: .utf8)
        #expect(
            text.contains(
                "SSP-Si2Si3-Definitions-v1 {joint-iso-itu-t(2) example(999) ssp-project(3103) "
                    + "asn1-modules(3) si2si3-v1(1)}"
            ))
        #expect(text.contains("DEFINITIONS AUTOMATIC TAGS EXTENSIBILITY IMPLIED ::="))
        #expect(SSPSi2Si3Module.name == "SSP-Si2Si3-Definitions-v1")
    }

    @Test("Every type in the module has a Swift type of the same name")
    func everyTypeHasASwiftType() throws {
        let assignments = try Self.typeAssignments()
        #expect(assignments.count >= 50)
        let swiftNames = try Self.swiftTypeNames()
        for (name, _) in assignments {
            #expect(swiftNames.contains(name), "\(name) is in the module but has no Swift type")
        }
    }

    /// The messages with a tag of their own, as the Swift types declare it.
    static let taggedTypes: [String: ASN1Identifier] = [
        "SpbMetadata": SpbMetadata.defaultIdentifier,
        "GetSpblInfoRequest": GetSpblInfoRequest.defaultIdentifier,
        "SpblInfo": SpblInfo.defaultIdentifier,
        "GetSpblChallengeRequest": GetSpblChallengeRequest.defaultIdentifier,
        "GetSpblChallengeResponse": GetSpblChallengeResponse.defaultIdentifier,
        "AuthenticateSpbmRequest": AuthenticateSpbmRequest.defaultIdentifier,
        "AuthenticateSpbmResponse": AuthenticateSpbmResponse.defaultIdentifier,
        "LoadBoundSpbInfoRequest": LoadBoundSpbInfoRequest.defaultIdentifier,
        "SpbInstallationResult": SpbInstallationResult.defaultIdentifier,
        "ListSpbsRequest": ListSpbsRequest.defaultIdentifier,
        "ListSpbsResponse": ListSpbsResponse.defaultIdentifier,
        "SpbStateChangeRequest": SpbStateChangeRequest.defaultIdentifier,
        "SpbStateChangeNotification": SpbStateChangeNotification.defaultIdentifier,
        "SpbStateChangeResponse": SpbStateChangeResponse.defaultIdentifier,
        "CancelSpbSessionRequest": CancelSpbSessionRequest.defaultIdentifier,
        "CancelSpbSessionResponse": CancelSpbSessionResponse.defaultIdentifier,
        "BoundSpbImage": BoundSpbImage.defaultIdentifier,
        "SpbFallbackMessage": SpbFallbackMessage.defaultIdentifier,
        "GetSpbmCertificateRequest": GetSpbmCertificateRequest.defaultIdentifier,
        "GetSpbmCertificateResponse": GetSpbmCertificateResponse.defaultIdentifier,
        "InitiateSpbDownloadRequest": InitiateSpbDownloadRequest.defaultIdentifier,
        "InitiateSpbDownloadResponse": InitiateSpbDownloadResponse.defaultIdentifier,
        "AuthenticateSspRequest": AuthenticateSspRequest.defaultIdentifier,
        "AuthenticateSspResponse": AuthenticateSspResponse.defaultIdentifier,
        "GetBoundSpbRequest": GetBoundSpbRequest.defaultIdentifier,
        "GetBoundSpbResponse": GetBoundSpbResponse.defaultIdentifier,
        "HandleSpbNotificationRequest": HandleSpbNotificationRequest.defaultIdentifier,
        "Si2CancelSpbSessionRequest": Si2CancelSpbSessionRequest.defaultIdentifier,
        "Si2CancelSpbSessionResponse": Si2CancelSpbSessionResponse.defaultIdentifier,
    ]

    @Test("Every tagged message has the module's tag, in the documented ranges")
    func tags() throws {
        var tagged = 0
        for (name, definition) in try Self.typeAssignments() {
            guard definition.hasPrefix("["), let close = definition.firstIndex(of: "]"),
                let number = UInt(definition[definition.index(after: definition.startIndex)..<close])
            else {
                #expect(Self.taggedTypes[name] == nil, "\(name) has a Swift tag but none in the module")
                continue
            }
            tagged += 1
            let identifier = try #require(Self.taggedTypes[name], "\(name) is tagged [\(number)] in the module")
            #expect(identifier.tagClass == .contextSpecific, "\(name)")
            #expect(identifier.tagNumber == number, "\(name): module [\(number)], Swift \(identifier)")
            // Si3 4096+, Si2 4224+, shared 4352+: three-octet tags BFA0xx, BFA1xx, BFA2xx.
            #expect((4096..<4096 + 3 * 128).contains(number), "\(name) outside the project's tag range")
            // The comment beside the tag spells the same bytes.
            let bytes = "BFA\(String((number - 4096) / 128))" + String(format: "%02X", (number - 4096) % 128)
            #expect(definition.contains("'\(bytes)'"), "\(name): comment does not say '\(bytes)'")
        }
        #expect(tagged == Self.taggedTypes.count)
    }

    @Test("Si3 function tags follow the module's numbering")
    func functionTags() {
        for (index, function) in Si3Function.allCases.enumerated() {
            #expect(function.tag == ASN1Identifier(tagWithNumber: UInt(4096 + index), tagClass: .contextSpecific))
        }
    }
}
