import SwiftASN1

/// Building the TLVs that SGP.22 appends to signed data.
enum SignedDataTLV {
    /// `5F37 L signature`: how euiccSignature1 and smdpSignature2 join the data of the next signature.
    static func signature(_ signature: [UInt8]) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serializeOctets(signature, identifier: .application(55))
        return serializer.serializedBytes
    }

    /// `5F49 L key`: the eUICC's one-time public key appended to the InitialiseSecureChannel data.
    static func oneTimeKey(_ key: [UInt8]) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serializeOctets(key, identifier: .application(73))
        return serializer.serializedBytes
    }
}
