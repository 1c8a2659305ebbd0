import SGP22
import SwiftASN1

/// The services an eUICC must offer for a profile to be installed (`eUICC-Mandatory-services`).
///
/// Each service is an OPTIONAL NULL whose presence means "required"; under AUTOMATIC TAGS the service's
/// position is its context tag (`81` usim, `91` usim-test-algorithm, …). Services added after version 3.4 of
/// the PE definitions are kept by number.
///
/// ```asn1
/// ServicesList ::= SEQUENCE {
///     contactless NULL OPTIONAL, usim NULL OPTIONAL, isim NULL OPTIONAL, csim NULL OPTIONAL,
///     milenage NULL OPTIONAL, tuak128 NULL OPTIONAL, cave NULL OPTIONAL, gba-usim NULL OPTIONAL,
///     gba-isim NULL OPTIONAL, mbms NULL OPTIONAL, eap NULL OPTIONAL, javacard NULL OPTIONAL,
///     multos NULL OPTIONAL, multiple-usim NULL OPTIONAL, multiple-isim NULL OPTIONAL,
///     multiple-csim NULL OPTIONAL, tuak256 NULL OPTIONAL, usim-test-algorithm NULL OPTIONAL,
///     ber-tlv NULL OPTIONAL, dfLink NULL OPTIONAL, cat-tp NULL OPTIONAL, get-identity NULL OPTIONAL,
///     profile-a-x25519 NULL OPTIONAL, profile-b-p256 NULL OPTIONAL, suciCalculatorApi NULL OPTIONAL,
///     dns-resolution NULL OPTIONAL, scp11ac NULL OPTIONAL, scp11c-authorization-mechanism NULL OPTIONAL,
///     s16mode NULL OPTIONAL, eaka NULL OPTIONAL, suci-nswo NULL OPTIONAL, network-id NULL OPTIONAL,
///     coap NULL OPTIONAL, gbauApi NULL OPTIONAL, uir5GProSe NULL OPTIONAL, ssim-Eap-Tls NULL OPTIONAL,
///     ssim-Eap-Aka-prime NULL OPTIONAL, usatAppPairing NULL OPTIONAL
/// }
/// ```
public struct ServicesList: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The required services.
    public var services: Set<Service>

    public init(_ services: Set<Service>) {
        self.services = services
    }

    /// Whether `service` is required.
    public func contains(_ service: Service) -> Bool { services.contains(service) }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            var services: Set<Service> = []
            var previous: UInt?
            while let child = nodes.next() {
                guard child.identifier.tagClass == .contextSpecific else {
                    throw ASN1Error.invalidASN1Object(reason: "ServicesList holds \(child.identifier), not a service")
                }
                let number = child.identifier.tagNumber
                // DER puts SEQUENCE components in declaration order, each at most once.
                if let previous, number <= previous {
                    throw ASN1Error.invalidASN1Object(reason: "ServicesList service [\(number)] is out of order")
                }
                _ = try ASN1Null(derEncoded: child, withIdentifier: child.identifier)
                services.insert(Service(rawValue: number))
                previous = number
            }
            return ServicesList(services)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        coder.appendConstructedNode(identifier: identifier) { coder in
            for service in services.sorted() {
                ASN1Null().serialize(into: &coder, withIdentifier: .context(service.rawValue))
            }
        }
    }
}

extension ServicesList {
    /// One service, by its position (context tag number) in ServicesList.
    public struct Service: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
        public let rawValue: UInt

        public init(rawValue: UInt) {
            self.rawValue = rawValue
        }

        public static let contactless = Service(rawValue: 0)
        public static let usim = Service(rawValue: 1)
        public static let isim = Service(rawValue: 2)
        public static let csim = Service(rawValue: 3)
        public static let milenage = Service(rawValue: 4)
        public static let tuak128 = Service(rawValue: 5)
        public static let cave = Service(rawValue: 6)
        public static let gbaUSIM = Service(rawValue: 7)
        public static let gbaISIM = Service(rawValue: 8)
        public static let mbms = Service(rawValue: 9)
        public static let eap = Service(rawValue: 10)
        public static let javacard = Service(rawValue: 11)
        public static let multos = Service(rawValue: 12)
        public static let multipleUSIM = Service(rawValue: 13)
        public static let multipleISIM = Service(rawValue: 14)
        public static let multipleCSIM = Service(rawValue: 15)
        public static let tuak256 = Service(rawValue: 16)
        public static let usimTestAlgorithm = Service(rawValue: 17)
        public static let berTLV = Service(rawValue: 18)
        public static let dfLink = Service(rawValue: 19)
        public static let catTP = Service(rawValue: 20)
        public static let getIdentity = Service(rawValue: 21)
        public static let profileAX25519 = Service(rawValue: 22)
        public static let profileBP256 = Service(rawValue: 23)
        public static let suciCalculatorAPI = Service(rawValue: 24)
        public static let dnsResolution = Service(rawValue: 25)
        public static let scp11ac = Service(rawValue: 26)
        public static let scp11cAuthorizationMechanism = Service(rawValue: 27)
        public static let s16Mode = Service(rawValue: 28)
        public static let eAKA = Service(rawValue: 29)
        public static let suciNSWO = Service(rawValue: 30)
        public static let networkID = Service(rawValue: 31)
        public static let coap = Service(rawValue: 32)
        public static let gbauAPI = Service(rawValue: 33)
        public static let uir5GProSe = Service(rawValue: 34)
        public static let ssimEapTLS = Service(rawValue: 35)
        public static let ssimEapAKAPrime = Service(rawValue: 36)
        public static let usatAppPairing = Service(rawValue: 37)

        private static let names = [
            "contactless", "usim", "isim", "csim", "milenage", "tuak128", "cave", "gba-usim", "gba-isim", "mbms",
            "eap", "javacard", "multos", "multiple-usim", "multiple-isim", "multiple-csim", "tuak256",
            "usim-test-algorithm", "ber-tlv", "dfLink", "cat-tp", "get-identity", "profile-a-x25519",
            "profile-b-p256", "suciCalculatorApi", "dns-resolution", "scp11ac", "scp11c-authorization-mechanism",
            "s16mode", "eaka", "suci-nswo", "network-id", "coap", "gbauApi", "uir5GProSe", "ssim-Eap-Tls",
            "ssim-Eap-Aka-prime", "usatAppPairing",
        ]

        /// The name in the ASN.1 module, or `[n]` for a service this version does not know.
        public var description: String {
            rawValue < UInt(Self.names.count) ? Self.names[Int(rawValue)] : "[\(rawValue)]"
        }

        public static func < (lhs: Service, rhs: Service) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
