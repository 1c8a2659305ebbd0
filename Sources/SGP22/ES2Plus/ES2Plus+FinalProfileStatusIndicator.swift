extension ES2Plus {
    /// What becomes of a profile whose order is cancelled (`finalProfileStatusIndicator` in CancelOrder).
    public enum FinalProfileStatusIndicator: String, Codable, Hashable, Sendable, CaseIterable {
        /// `Available`: back in stock for another order.
        case available = "Available"
        /// `Unavailable`: never to be used again.
        case unavailable = "Unavailable"

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let value = Self(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "finalProfileStatusIndicator must be Available or Unavailable, got "
                        + RSPJSONFormats.quoted(text))
            }
            self = value
        }
    }
}
