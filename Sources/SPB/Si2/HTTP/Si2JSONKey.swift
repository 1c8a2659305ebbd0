import Foundation
import SwiftASN1
import SGP22

/// A JSON key named at run time: the Si2 bodies' field names come from ``Si2Function``.
struct Si2JSONKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) {
        self.stringValue = name
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }

    static let header = Si2JSONKey("header")
    static let fallback = Si2JSONKey(Si2HTTPBinding.fallbackField)
}
