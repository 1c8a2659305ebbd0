import SwiftASN1

/// ES10c.eUICCMemoryReset: delete Profiles of the chosen kinds and optionally the default SM-DP+ address.
///
/// ```asn1
/// EuiccMemoryResetRequest ::= [52] SEQUENCE { -- Tag 'BF34'
///     resetOptions   [2] BIT STRING {
///         deleteOperationalProfiles (0),
///         deleteFieldLoadedTestProfiles (1),
///         resetDefaultSmdpAddress (2),
///         deletePreLoadedTestProfiles (3), -- #SupportedFromV3.0.0#
///         deleteProvisioningProfiles (4) -- #SupportedFromV3.0.0#
///     }
/// }
/// ```
public struct EuiccMemoryResetRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF34`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF34) }

    /// The `resetOptions` bits.
    public struct ResetOptions: NamedBitList {
        public var rawValue: UInt64

        public init(rawValue: UInt64) {
            self.rawValue = rawValue
        }

        public static let deleteOperationalProfiles = ResetOptions(bit: 0)
        public static let deleteFieldLoadedTestProfiles = ResetOptions(bit: 1)
        public static let resetDefaultSmdpAddress = ResetOptions(bit: 2)
        public static let deletePreLoadedTestProfiles = ResetOptions(bit: 3)
        public static let deleteProvisioningProfiles = ResetOptions(bit: 4)
    }

    public var resetOptions: ResetOptions

    public init(resetOptions: ResetOptions) {
        self.resetOptions = resetOptions
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            EuiccMemoryResetRequest(resetOptions: try DER.field(&nodes, "resetOptions", identifier: .context(2)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try resetOptions.serialize(into: &coder, withIdentifier: .context(2))
        }
    }
}
