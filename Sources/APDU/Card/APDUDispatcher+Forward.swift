extension APDUDispatcher {
    /// Any other instruction: offered to the application selected on the channel.
    ///
    /// A `9000` response is delivered like a STORE DATA response (through `61xx` when it exceeds Ne); any other
    /// status word is passed through with its data, which must fit one short response (256 bytes).
    func forward(_ command: CommandAPDU, on channel: Int) async throws(CardStatusError) -> ResponseAPDU {
        guard let index = channels[channel]?.selectedApplication else {
            throw CardStatusError(.instructionNotSupported, reason: "no application selected on channel \(channel)")
        }
        let response: ResponseAPDU?
        do {
            response = try await applications[index].handle(command, channel: channel)
        } catch {
            throw Self.status(for: error)
        }
        guard let response else {
            throw CardStatusError(.instructionNotSupported)
        }
        if response.statusWord == .success {
            return deliver(response.data, ne: command.ne, on: channel)
        }
        guard response.data.count <= 256 else {
            throw CardStatusError(
                .noPreciseDiagnosis, reason: "application answered more than 256 bytes with a warning")
        }
        return response
    }
}
