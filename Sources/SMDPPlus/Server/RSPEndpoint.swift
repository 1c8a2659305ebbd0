import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import SGP22

/// The HTTP binding of one ES9+ or ES2+ function (SGP.22 section 6.5.1), shared by the controllers: checks
/// `X-Admin-Protocol`, reads and decodes the JSON body, runs the function, and writes the answer with
/// `header.functionExecutionStatus`, echoing the protocol version. Every call is logged once with its function,
/// transactionId and result code.
///
/// Answers: HTTP 200 with the response body, or with the header alone when the function failed; HTTP 204 for
/// the notification functions; HTTP 400 (with a failed header) for a body that is not JSON, 413 for one too large.
/// A missing or unsupported `X-Admin-Protocol` is a failed function (HTTP 200) naming the header, so an LPA
/// reads the reason the way it reads any other.
struct RSPEndpoint: Sendable {
    /// The largest body read.
    let maximumSize: Int
    /// Logs one line per call.
    let logger: Logger

    /// `X-Admin-Protocol` (a valid field name, so the fallback never applies).
    static let adminProtocolField = HTTPField.Name(RSPHTTPBinding.adminProtocolHeaderName) ?? .contentType

    /// Runs `function` for a request; `perform` returns the response message, or `nil` for HTTP 204.
    func handle<Message: Decodable & Sendable, Answer: Encodable & Sendable>(
        _ function: String, request: Request, decoding: Message.Type,
        _ perform: @Sendable (Message) async throws -> Answer?
    ) async -> Response {
        let started = ContinuousClock.now
        let requestedProtocol = request.headers[Self.adminProtocolField]
        let echoed = requestedProtocol.flatMap { RSPHTTPBinding.isSupportedAdminProtocol($0) ? $0 : nil }
        var callLogger = logger
        callLogger[metadataKey: "function"] = "\(function)"

        func answer(_ status: HTTPResponse.Status, _ body: Data?, _ outcome: FunctionExecutionStatus?) -> Response {
            let elapsed = (ContinuousClock.now - started).components
            let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
            var metadata: Logger.Metadata = [
                "http": "\(status.code)", "ms": "\((milliseconds * 10).rounded() / 10)",
            ]
            if let outcome {
                metadata["status"] = "\(outcome.status.rawValue)"
                if let code = outcome.statusCodeData {
                    metadata["subjectCode"] = "\(code.subjectCode)"
                    metadata["reasonCode"] = "\(code.reasonCode)"
                    if let message = code.message { metadata["reason"] = "\(message)" }
                }
            }
            callLogger.log(level: outcome?.isExecuted == false ? .warning : .info, "\(function)", metadata: metadata)
            var headers = HTTPFields()
            headers[Self.adminProtocolField] = echoed ?? RSPHTTPBinding.adminProtocol
            guard let body else { return Response(status: status, headers: headers) }
            headers[.contentType] = RSPHTTPBinding.contentType
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
        func failed(_ failure: RSPFunctionFailure, http: HTTPResponse.Status = .ok) -> Response {
            let body = try? RSPJSON.encode(
                HeaderOnlyResponse(header: ResponseHeader(functionExecutionStatus: failure.status)))
            return answer(http, body, failure.status)
        }

        guard let requestedProtocol else {
            return failed(
                RSPFunctionFailure(
                    StatusCodeData.mandatoryInputParameterMissing.identifying(RSPHTTPBinding.adminProtocolHeaderName),
                    "the X-Admin-Protocol header is missing"))
        }
        guard echoed != nil else {
            return failed(
                RSPFunctionFailure(
                    StatusCodeData.invalidInputParameter.identifying(RSPHTTPBinding.adminProtocolHeaderName),
                    "X-Admin-Protocol \(requestedProtocol) is not supported; this SM-DP+ speaks gsma/rsp/v2.x.y"))
        }
        if let contentType = request.headers[.contentType], !RSPHTTPBinding.isJSONContentType(contentType) {
            return failed(
                RSPFunctionFailure(
                    StatusCodeData.invalidInputParameter.identifying("Content-Type"),
                    "Content-Type \(contentType) is not application/json"), http: .badRequest)
        }
        let bytes: ByteBuffer
        do {
            bytes = try await request.body.collect(upTo: maximumSize)
        } catch {
            return failed(
                RSPFunctionFailure(.invalidInputParameter, "the body exceeds \(maximumSize) bytes"),
                http: .contentTooLarge)
        }
        let message: Message
        do {
            message = try RSPJSON.decode(Message.self, from: Data(buffer: bytes), maximumSize: maximumSize)
        } catch {
            switch error.kind {
            case .notJSON, .tooLarge:
                return failed(RSPFunctionFailure(.invalidInputParameter, error.description), http: .badRequest)
            case .missingField:
                return failed(
                    RSPFunctionFailure(
                        StatusCodeData.mandatoryInputParameterMissing.identifying(error.fieldPath), error.description))
            default:
                return failed(
                    RSPFunctionFailure(
                        StatusCodeData.invalidInputParameter.identifying(error.fieldPath), error.description))
            }
        }
        if let scoped = message as? TransactionScoped {
            callLogger[metadataKey: "transactionId"] = "\(scoped.transactionId)"
        }
        if let operatorCall = message as? any ES2PlusRequest {
            callLogger[metadataKey: "requester"] = "\(operatorCall.header.functionRequesterIdentifier)"
            callLogger[metadataKey: "callId"] = "\(operatorCall.header.functionCallIdentifier)"
        }
        do {
            guard let result = try await perform(message) else { return answer(.noContent, nil, .executedSuccess) }
            if let scoped = result as? TransactionScoped {
                callLogger[metadataKey: "transactionId"] = "\(scoped.transactionId)"
            }
            return answer(.ok, try RSPJSON.encode(result), .executedSuccess)
        } catch let failure as RSPFunctionFailure {
            return failed(failure)
        } catch {
            callLogger.error("\(function) failed inside the SM-DP+: \(error)")
            return failed(RSPFunctionFailure(.functionProviderExecutionError))
        }
    }
}
