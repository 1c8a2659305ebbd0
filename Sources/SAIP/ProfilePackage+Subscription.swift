import SGP22
import SwiftASN1

/// What the SM-DP+ and a simulated network need from a package beyond its header: the identities the profile
/// gives the subscriber and the secrets it authenticates with. Each is read on demand from the kept bytes.
extension ProfilePackage {
    /// The ICCID written into EF.ICCID by PE-MF (component `ef-iccid`, `[4]`), nibble-swapped as on the card.
    ///
    /// It should equal ``iccid``, which comes from the header.
    public var efICCID: ICCID? {
        get throws(ProfilePackageError) {
            guard let index = firstIndex(of: .mf) else { return nil }
            guard let content = try fileContent(index, component: 4) else { return nil }
            return try decoding(index) { _ in try ICCID(swappedBCD: content.prefix(ICCID.byteCount)) }
        }
    }

    /// The IMSI in EF.IMSI of the first USIM (PE-USIM `ef-imsi`, `[3]`) or IoT Minimal Profile
    /// (PE-IoT `ef-imsi`, `[9]`), as decimal digits.
    public var imsi: String? {
        get throws(ProfilePackageError) {
            for (type, component) in [(ProfileElementType.usim, UInt(3)), (.iot, 9)] {
                guard let index = firstIndex(of: type) else { continue }
                guard let content = try fileContent(index, component: component) else { continue }
                return try decoding(index) { _ in try EFIMSI.decode(content) }
            }
            return nil
        }
    }

    /// The service provider name in the USIM's EF.SPN (PE-USIM `ef-spn`, `[13]`), if the package writes one.
    ///
    /// This is the only name a package may carry for StoreMetadata's `serviceProviderName`; the TS.48 packages
    /// leave EF.SPN empty, so it is `nil` for them. The profile name comes from the operator, not the package.
    public var serviceProviderName: String? {
        get throws(ProfilePackageError) {
            guard let index = firstIndex(of: .usim) else { return nil }
            guard let content = try fileContent(index, component: 13), content.count > 1 else { return nil }
            // Byte 1 is the display condition; the name follows.
            return AlphaIdentifier.decode(content[1...])
        }
    }

    /// Every PE-AKAParameter, in package order.
    public var akaParameters: [AKAParameter] {
        get throws(ProfilePackageError) {
            try elements.indices.filter { elements[$0].type == .akaParameter }.map {
                index throws(ProfilePackageError) in
                try akaParameter(at: index)
            }
        }
    }

    /// The AKA parameters of the USIM: the first PE-AKAParameter after the first PE-USIM (or PE-IoT).
    ///
    /// A package ties each PE-AKAParameter to the NAA element before it; the TS.48 packages have one after the
    /// USIM and one after the ISIM.
    public var usimAKAParameter: AKAParameter? {
        get throws(ProfilePackageError) {
            guard let naa = firstIndex(of: .usim) ?? firstIndex(of: .iot),
                let index = elements.indices.first(where: { $0 > naa && elements[$0].type == .akaParameter })
            else { return nil }
            return try akaParameter(at: index)
        }
    }

    /// The USIM's subscriber key K, when the USIM authenticates with Milenage.
    ///
    /// `nil` for other algorithms: the TS.48 packages use the 3GPP TS 34.108 test algorithm (K `000102…0F`),
    /// which ``usimAKAParameter`` exposes.
    public var milenageK: [UInt8]? {
        get throws(ProfilePackageError) {
            guard let parameter = try usimAKAParameter?.algoParameter, parameter.algorithm == .milenage else {
                return nil
            }
            return parameter.key
        }
    }

    /// The USIM's OPc, when the USIM authenticates with Milenage.
    public var milenageOPc: [UInt8]? {
        get throws(ProfilePackageError) {
            guard let parameter = try usimAKAParameter?.algoParameter, parameter.algorithm == .milenage else {
                return nil
            }
            return parameter.opc
        }
    }

    private func firstIndex(of type: ProfileElementType) -> Int? {
        elements.firstIndex { $0.type == type }
    }

    private func akaParameter(at index: Int) throws(ProfilePackageError) -> AKAParameter {
        try decoding(index) { element in
            try AKAParameter(derEncoded: element.derNode(), withIdentifier: AKAParameter.elementIdentifier)
        }
    }

    /// The content of the `File` component `[component]` of element `index`.
    private func fileContent(_ index: Int, component: UInt) throws(ProfilePackageError) -> [UInt8]? {
        try decoding(index) { element in
            guard let node = try element.component(component) else { return nil }
            return try FileContent.read(node)
        }
    }
}
