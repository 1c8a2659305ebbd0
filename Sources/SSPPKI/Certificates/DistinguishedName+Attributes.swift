import SwiftASN1
import X509

extension DistinguishedName {
    /// The value of the first attribute of `type`, as text.
    public func firstValue(of type: ASN1ObjectIdentifier) -> String? {
        for rdn in self {
            for attribute in rdn where attribute.type == type {
                return String(attribute.value) ?? attribute.value.description
            }
        }
        return nil
    }

    /// The `serialNumber` attribute: the EID of an eUICC, the Primary Platform identifier of an SPBL.
    public var serialNumberAttribute: String? { firstValue(of: RSPObjectIdentifiers.serialNumberAttribute) }

    /// The `organizationName` attribute.
    public var organizationName: String? { firstValue(of: .RDNAttributeType.organizationName) }

    /// The `commonName` attribute.
    public var commonName: String? { firstValue(of: .RDNAttributeType.commonName) }

    /// The name in encoding order, as OpenSSL prints it: `C=XX, O=SSP Lab EUM, serialNumber=…, CN=…`.
    public var readable: String {
        if isEmpty { return "(empty name)" }
        return map { rdn in
            rdn.map { "\(Self.shortName(of: $0.type))=\(String($0.value) ?? $0.value.description)" }
                .joined(separator: " + ")
        }.joined(separator: ", ")
    }

    static func shortName(of type: ASN1ObjectIdentifier) -> String {
        switch type {
        case .RDNAttributeType.countryName: return "C"
        case .RDNAttributeType.stateOrProvinceName: return "ST"
        case .RDNAttributeType.localityName: return "L"
        case .RDNAttributeType.organizationName: return "O"
        case .RDNAttributeType.organizationalUnitName: return "OU"
        case .RDNAttributeType.commonName: return "CN"
        case RSPObjectIdentifiers.serialNumberAttribute: return "serialNumber"
        default: return type.dotted
        }
    }
}
