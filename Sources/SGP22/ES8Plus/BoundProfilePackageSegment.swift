/// One chunk of a Bound Profile Package as ES10b.LoadBoundProfilePackage delivers it, taken apart.
///
/// `BoundProfilePackageSegmentReader` yields these in the package's order.
public enum BoundProfilePackageSegment: Hashable, Sendable {
    /// The `BF36` tag and length with the whole `BF23`: the package starts.
    case initialiseSecureChannel(InitialiseSecureChannelRequest)
    /// The whole `A0`: the contents of its `87` TLVs (ConfigureISDP).
    case firstSequenceOf87([[UInt8]])
    /// The `A1` tag and length: `88` TLVs of `length` bytes in all follow.
    case sequenceOf88Header(length: Int)
    /// The content of one `88` TLV (StoreMetadata).
    case sequenceOf88Element([UInt8])
    /// The whole `A2`: the contents of its `87` TLVs (ReplaceSessionKeys).
    case secondSequenceOf87([[UInt8]])
    /// The `A3` tag and length: `86` TLVs of `length` bytes in all follow.
    case sequenceOf86Header(length: Int)
    /// The content of one `86` TLV (part of the profile package).
    case sequenceOf86Element([UInt8])
}
