/// The tags of BSP-protected segments in a Bound Profile Package (SGP.22 section 2.5.5) and the protection
/// each one gets.
///
/// ```
/// BoundProfilePackage ::= [54] SEQUENCE {                     -- 'BF36'
///     initialiseSecureChannelRequest [35] InitialiseSecureChannelRequest,  -- 'BF23'
///     firstSequenceOf87 [0] SEQUENCE OF [7] OCTET STRING,     -- ConfigureISDP, encrypted + MACed
///     sequenceOf88 [1] SEQUENCE OF [8] OCTET STRING,          -- StoreMetadata, MACed only
///     secondSequenceOf87 [2] SEQUENCE OF [7] OCTET STRING OPTIONAL,  -- ReplaceSessionKeys, encrypted + MACed
///     sequenceOf86 [3] SEQUENCE OF [6] OCTET STRING           -- profile elements, encrypted + MACed
/// }
/// ```
public enum BSPSegmentTag: UInt8, Sendable, CaseIterable {
    /// '86': part of the profile package, encrypted and MACed (with the PPKs after ReplaceSessionKeys).
    case profileElements = 0x86
    /// '87': ConfigureISDP or ReplaceSessionKeys, encrypted and MACed with the session keys.
    case encryptedCommand = 0x87
    /// '88': StoreMetadata, MACed only.
    case metadata = 0x88

    /// Whether the segment's content is encrypted (otherwise it is only MACed).
    public var isEncrypted: Bool { self != .metadata }
}
