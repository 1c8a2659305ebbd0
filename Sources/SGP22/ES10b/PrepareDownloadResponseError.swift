import SwiftASN1

/// The eUICC's answer when ES10b.PrepareDownload fails.
///
/// ```asn1
/// PrepareDownloadResponseError ::= SEQUENCE {
///     transactionId  [0] TransactionId,
///     downloadErrorCode DownloadErrorCode
/// }
/// ```
/// `transactionId` is tagged in the module, so automatic tagging does not apply and the
/// error code is a universal INTEGER (`02`).
public struct PrepareDownloadResponseError: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId
    public var downloadErrorCode: DownloadErrorCode

    public init(transactionId: TransactionId, downloadErrorCode: DownloadErrorCode) {
        self.transactionId = transactionId
        self.downloadErrorCode = downloadErrorCode
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            PrepareDownloadResponseError(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                downloadErrorCode: try DER.field(&nodes, "downloadErrorCode"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serialize(downloadErrorCode)
        }
    }
}
