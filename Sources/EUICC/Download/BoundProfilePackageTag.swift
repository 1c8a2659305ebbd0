/// The tags that start the STORE DATA commands of LoadBoundProfilePackage (SGP.22 §2.5.5, §5.7.6): the first
/// carries the 'BF36' header and InitialiseSecureChannel, the others are 'A0' (with its '87'), the 'A1' header,
/// each '88', 'A2' (with its '87'), the 'A3' header and each '86'.
enum BoundProfilePackageTag {
    static let start: UInt32 = 0xBF36
    static let continuation: Set<UInt32> = [0xA0, 0xA1, 0xA2, 0xA3, 0x86, 0x87, 0x88]

    static func isSegment(_ tag: UInt32) -> Bool {
        tag == start || continuation.contains(tag)
    }
}
