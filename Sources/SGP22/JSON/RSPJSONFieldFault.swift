/// One field's value broke an SGP.22 format rule; the text says which rule.
///
/// Carried inside `DecodingError.dataCorrupted` / `EncodingError.invalidValue` so that the coding path of the
/// field survives to `RSPJSONError`.
struct RSPJSONFieldFault: Error, Equatable, Sendable, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
