import SGP22

/// ES10b.LoadBoundProfilePackage (SGP.22 §5.7.6 and §2.5.5): the bound profile package, segment by segment.
extension ES10Client {
    /// Sends a Bound Profile Package to the eUICC, one STORE DATA command per segment, in the order SGP.22
    /// §2.5.5 fixes: the `BF36` header with the whole `BF23`; the `A0`; the `A1` header, then each `88`; the `A2`
    /// when present; the `A3` header, then each `86`.
    ///
    /// The eUICC answers every segment but the last with no data. It answers the last one, or the one where
    /// installation failed, with the `BF37` ProfileInstallationResult; sending stops there.
    ///
    /// - Parameters:
    ///   - package: the DER of the `BoundProfilePackage` as ES9+.GetBoundProfilePackage returned it.
    ///   - progress: called before each segment with its number (from 1) and the number of segments.
    /// - Returns: the result, with its exact bytes (they are the pending notification the SM-DP+ receives).
    public func loadBoundProfilePackage(
        _ package: [UInt8], progress: @Sendable (_ segment: Int, _ of: Int) -> Void = { _, _ in }
    ) async throws(ES10Error) -> ES10Answer<ProfileInstallationResult> {
        let segments = try Self.segments(of: package)
        for (index, segment) in segments.enumerated() {
            progress(index + 1, segments.count)
            let answer = try await send(.loadBoundProfilePackage, segment)
            if !answer.isEmpty {
                let result = try Self.decode(.loadBoundProfilePackage, answer, as: ProfileInstallationResult.self)
                return ES10Answer(value: result, derBytes: answer)
            }
        }
        throw .noInstallationResult(segmentsSent: segments.count)
    }

    /// The segments of `package`; their concatenation must give back the package's bytes exactly.
    static func segments(of package: [UInt8]) throws(ES10Error) -> [[UInt8]] {
        let segments: [[UInt8]]
        do {
            segments = try BoundProfilePackage(derBytes: package).segments()
        } catch {
            throw .malformedResponse(
                function: .loadBoundProfilePackage, reason: "the bound profile package cannot be read: \(error)")
        }
        guard segments.flatMap({ $0 }) == package else {
            throw .malformedResponse(
                function: .loadBoundProfilePackage,
                reason: "the bound profile package is not in DER form, so it cannot be segmented byte for byte")
        }
        return segments
    }
}
