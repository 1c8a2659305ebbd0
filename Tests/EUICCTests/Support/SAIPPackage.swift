import SAIP
import SGP22

/// Reading test packages with the SAIP module.
enum SAIPPackage {
    static func iccid(_ bytes: [UInt8]) throws -> ICCID {
        try ProfilePackage(bytes: bytes).iccid
    }
}
