import SGP22
import SwiftASN1

/// The content of a Standalone Telecom Bundle: one subscription, as a classic UICC holds it.
///
/// ```asn1
/// StandaloneBundleImage ::= SEQUENCE {
///     iccid [0] Iccid,
///     imsi [1] UTF8String (SIZE (6..15)),           -- digits only
///     ki [2] Octet16,
///     opc [3] Octet16,
///     milenageConstants [4] MilenageConstants OPTIONAL,
///     serviceProviderName [5] UTF8String (SIZE (0..32)),
///     homePlmn [6] Plmn
/// }
/// ```
public struct StandaloneBundleImage: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var iccid: Iccid
    /// Six to fifteen decimal digits.
    public var imsi: String
    /// The subscriber key K, 16 bytes.
    public var ki: [UInt8]
    /// OPc, 16 bytes.
    public var opc: [UInt8]
    /// Operator-chosen Milenage constants; `nil` means the standard ones.
    public var milenageConstants: MilenageConstants?
    /// EF_SPN text shown to the user.
    public var serviceProviderName: String
    public var homePlmn: Plmn

    public init(
        iccid: Iccid,
        imsi: String,
        ki: [UInt8],
        opc: [UInt8],
        milenageConstants: MilenageConstants? = nil,
        serviceProviderName: String,
        homePlmn: Plmn
    ) {
        self.iccid = iccid
        self.imsi = imsi
        self.ki = ki
        self.opc = opc
        self.milenageConstants = milenageConstants
        self.serviceProviderName = serviceProviderName
        self.homePlmn = homePlmn
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let iccid: Iccid = try DER.field(&nodes, "iccid", identifier: .context(0))
            let imsi = try DER.utf8String(&nodes, "imsi", identifier: .context(1), size: 6...15)
            guard imsi.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
                throw ASN1Error.invalidASN1Object(
                    reason: "StandaloneBundleImage: imsi holds characters other than digits")
            }
            return StandaloneBundleImage(
                iccid: iccid,
                imsi: imsi,
                ki: try DER.octets(&nodes, "ki", identifier: .context(2), size: 16...16),
                opc: try DER.octets(&nodes, "opc", identifier: .context(3), size: 16...16),
                milenageConstants: try DER.optionalField(&nodes, "milenageConstants", identifier: .context(4)),
                serviceProviderName: try DER.utf8String(
                    &nodes, "serviceProviderName", identifier: .context(5), size: 0...32),
                homePlmn: try DER.field(&nodes, "homePlmn", identifier: .context(6)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try iccid.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeUTF8String(imsi, identifier: .context(1))
            try coder.serializeOctets(ki, identifier: .context(2))
            try coder.serializeOctets(opc, identifier: .context(3))
            try milenageConstants?.serialize(into: &coder, withIdentifier: .context(4))
            try coder.serializeUTF8String(serviceProviderName, identifier: .context(5))
            try homePlmn.serialize(into: &coder, withIdentifier: .context(6))
        }
    }
}
