import Foundation
import SwiftASN1

/// A certificate's validity (RFC 5280 §4.1.2.5):
///
/// ```
/// Validity ::= SEQUENCE {
///      notBefore      Time,
///      notAfter       Time  }
/// ```
struct ValidityPeriod: DERImplicitlyTaggable, Hashable, Sendable {
    static var defaultIdentifier: ASN1Identifier { .sequence }

    var notBefore: X509Time
    var notAfter: X509Time

    init(notBefore: X509Time, notAfter: X509Time) {
        self.notBefore = notBefore
        self.notAfter = notAfter
    }

    init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(rootNode, identifier: identifier) { nodes in
            let notBefore = try X509Time(derEncoded: &nodes)
            let notAfter = try X509Time(derEncoded: &nodes)
            return ValidityPeriod(notBefore: notBefore, notAfter: notAfter)
        }
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(notBefore)
            try coder.serialize(notAfter)
        }
    }
}
