import SwiftASN1
import SGP22

/// The identifier of an iSSP Primary Platform, the SSP ID: 32 characters (digits and capital letters) in
/// 8 groups of 4 separated by `-`, such as `55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D074`.
///
/// The SPBL certificate carries the same text in its subject's serialNumber (see SSPPKI's
/// `PrimaryPlatformIdentifier`, which issues it); the first group is the maker code.
///
/// ```asn1
/// PrimaryPlatformId ::= UTF8String (SIZE (39))
/// ```
public struct PrimaryPlatformId: DERImplicitlyTaggable, Hashable, Sendable, CustomStringConvertible {
    public static var defaultIdentifier: ASN1Identifier { .utf8String }

    /// The number of groups.
    public static let groupCount = 8
    /// The characters in each group.
    public static let groupLength = 4
    /// The length of the text, dashes included.
    public static let textLength = groupCount * groupLength + groupCount - 1

    /// The identifier with its dashes, upper case.
    public let value: String

    /// Validates `text`; lower-case letters are accepted and upper-cased.
    public init(_ text: String) throws {
        let upper = text.uppercased()
        if let problem = Self.problem(with: upper) {
            throw ASN1Error.invalidASN1Object(
                reason: "\"\(text.prefix(48))\" is not a Primary Platform identifier: \(problem)")
        }
        self.value = upper
    }

    /// The first group: the code of the maker that assigned the identifier.
    public var makerCode: String { String(value.prefix(Self.groupLength)) }

    /// The identifier's ASCII bytes: what the image key derivation takes as the platform's identity.
    public var bytes: [UInt8] { Array(value.utf8) }

    public var description: String { value }

    /// Why `text` is not an identifier in canonical (upper-case) form, or `nil`.
    static func problem(with text: String) -> String? {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count == groupCount else {
            return "it has \(groups.count) dash-separated groups instead of \(groupCount)"
        }
        for (index, group) in groups.enumerated() {
            guard group.count == groupLength else {
                return "group \(index + 1) has \(group.count) characters instead of \(groupLength)"
            }
            guard group.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("A"..."Z").contains($0) }) else {
                return "group \(index + 1) holds characters other than digits and letters A-Z"
            }
        }
        return nil
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let text = try DER.utf8String(node, "PrimaryPlatformId", identifier: identifier)
        // On the wire only the canonical form is accepted: the SPBL signs these exact bytes.
        if let problem = Self.problem(with: text) {
            throw ASN1Error.invalidASN1Object(reason: "PrimaryPlatformId \(identifier): \(problem)")
        }
        self.value = text
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeUTF8String(value, identifier: identifier)
    }
}
