import SGP22
import SwiftASN1

/// A TCA eUICC Profile Package ("SAIP"): the unprotected profile an SM-DP+ binds and sends to an eUICC.
///
/// A package is a plain concatenation of ProfileElement TLVs, without an enclosing SEQUENCE: the ProfileHeader
/// first, PE-End last. The reader checks the TLV structure of every element (definite lengths, nesting at most
/// 32 levels, nothing past the end) and keeps each element's bytes as they were, so
/// ``encoded`` gives back the input byte for byte. Only the header is decoded up front; other typed views
/// (IMSI, AKA parameters, …) are read on demand from the kept bytes.
public struct ProfilePackage: Hashable, Sendable {
    /// The elements in package order.
    public let elements: [ProfileElement]
    /// The decoded ProfileHeader (the first element).
    public let header: ProfileHeader
    /// The profile's ICCID, read leniently from the header (see ``ICCID`` on strict and lenient).
    public let iccid: ICCID

    /// Reads a whole package.
    public init(bytes: some Collection<UInt8>) throws(ProfilePackageError) {
        let bytes = Array(bytes)
        guard !bytes.isEmpty else { throw .empty }
        var elements: [ProfileElement] = []
        var offset = 0
        while offset < bytes.count {
            let tlv = try BERTLVScanner.validateTLV(bytes, at: offset, limit: bytes.count)
            guard tlv.tagClass == 2, tlv.isConstructed else {
                throw .notAProfileElement(offset: offset, tag: BERTLVScanner.tagText(bytes, at: offset, header: tlv))
            }
            let end = offset + tlv.totalLength
            elements.append(
                ProfileElement(type: ProfileElementType(tagNumber: tlv.tagNumber), encoded: Array(bytes[offset..<end])))
            offset = end
        }
        try self.init(elements: elements)
    }

    /// Assembles a package from elements, checking their order and decoding the header.
    public init(elements: [ProfileElement]) throws(ProfilePackageError) {
        guard let first = elements.first, let last = elements.last else { throw .empty }
        guard first.type == .header else { throw .headerNotFirst(found: first.type) }
        if let index = elements.indices.dropFirst().first(where: { elements[$0].type == .header }) {
            throw .duplicateHeader(index: index)
        }
        if let index = elements.firstIndex(where: { $0.type == .end }), index != elements.count - 1 {
            throw .elementAfterEnd(index: index)
        }
        guard last.type == .end else { throw .missingEnd(last: last.type) }

        let header: ProfileHeader
        do {
            header = try ProfileHeader(derEncoded: first.derNode(), withIdentifier: ProfileHeader.elementIdentifier)
        } catch {
            throw .invalidElement(index: 0, type: .header, reason: String(describing: error))
        }
        do {
            iccid = try ICCID(bcd: header.iccid)
        } catch {
            throw .invalidICCID(error.description)
        }
        self.elements = elements
        self.header = header
    }

    /// The package bytes: the elements' bytes, concatenated.
    public var encoded: [UInt8] {
        elements.flatMap(\.encoded)
    }

    /// The elements of one type, in package order.
    public func elements(ofType type: ProfileElementType) -> [ProfileElement] {
        elements.filter { $0.type == type }
    }

    /// The header's profile type, e.g. "GSMA Generic eUICC Test Profile".
    public var profileType: String? { header.profileType }

    /// Runs `body` on element `index`, turning any decoding error into ``ProfilePackageError/invalidElement``.
    func decoding<T>(_ index: Int, _ body: (ProfileElement) throws -> T) throws(ProfilePackageError) -> T {
        let element = elements[index]
        do {
            return try body(element)
        } catch let error as ProfilePackageError {
            throw error
        } catch {
            throw .invalidElement(index: index, type: element.type, reason: String(describing: error))
        }
    }
}
