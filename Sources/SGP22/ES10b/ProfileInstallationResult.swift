import SwiftASN1

/// The eUICC's answer to the last segment of a Bound Profile Package, and the install notification.
///
/// ```asn1
/// ProfileInstallationResult ::= [55] SEQUENCE { -- Tag 'BF37'
///     profileInstallationResultData [39] ProfileInstallationResultData,
///     euiccSignPIR   EuiccSignPIR
/// }
/// ```
public struct ProfileInstallationResult: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF37`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF37) }

    /// The signed result (`BF27`).
    public var profileInstallationResultData: ProfileInstallationResultData
    /// The eUICC's signature over `profileInstallationResultData` (`5F37`).
    public var euiccSignPIR: EuiccSignPIR

    public init(profileInstallationResultData: ProfileInstallationResultData, euiccSignPIR: EuiccSignPIR) {
        self.profileInstallationResultData = profileInstallationResultData
        self.euiccSignPIR = euiccSignPIR
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            ProfileInstallationResult(
                profileInstallationResultData: try DER.field(&nodes, "profileInstallationResultData"),
                euiccSignPIR: try DER.field(&nodes, "euiccSignPIR"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(profileInstallationResultData)
            try coder.serialize(euiccSignPIR)
        }
    }
}
