extension APDUDispatcher {
    /// SELECT by DF name (ISO/IEC 7816-4 §11.2.2, ETSI TS 102 221 §11.1.1): P1 `04`, the data a full AID or
    /// the first bytes of one (partial selection; an exact match wins over prefixes, then registration order).
    ///
    /// P2 b2-b1 `00` selects the first occurrence, `10` the next one after the channel's current selection;
    /// P2 b4-b3 `00` answers the FCI template, `01` the FCP template, `11` no data. Selection by file
    /// identifier or path (P1 `00`-`03`, `08`, `09`) finds nothing: this card has applications, no files.
    /// A failed SELECT leaves the channel's selection as it was.
    func select(_ command: CommandAPDU, on channel: Int) async throws(CardStatusError) -> ResponseAPDU {
        switch command.p1 {
        case 0x04:
            break
        case 0x00...0x03, 0x08, 0x09:
            throw CardStatusError(.fileOrApplicationNotFound, reason: "no file system: select applications by AID")
        default:
            throw CardStatusError(.incorrectP1P2, reason: "SELECT P1 must be 04 (by DF name)")
        }
        let occurrence = command.p2 & 0x03
        let answer = command.p2 & 0xFC
        guard occurrence == 0x00 || occurrence == 0x02, [0x00, 0x04, 0x0C].contains(answer) else {
            throw CardStatusError(.incorrectP1P2, reason: "SELECT P2 must be 00, 02, 04, 06, 0C or 0E")
        }
        guard (1...16).contains(command.data.count) else {
            throw CardStatusError(.wrongLength, reason: "an AID has 1 to 16 bytes, got \(command.data.count)")
        }
        let name = command.data
        let exact = applications.indices.filter { applications[$0].aid == name }
        let prefixed = applications.indices.filter {
            applications[$0].aid.count > name.count && applications[$0].aid.starts(with: name)
        }
        let candidates = exact + prefixed
        var chosen = candidates.first
        if occurrence == 0x02, let current = channels[channel]?.selectedApplication,
            let position = candidates.firstIndex(of: current)
        {
            chosen = position + 1 < candidates.count ? candidates[position + 1] : nil
        }
        guard let index = chosen else {
            throw CardStatusError(.fileOrApplicationNotFound, reason: "no application \(name.hexString)")
        }
        let information: FileControlInformation
        do {
            information = try await applications[index].select()
        } catch {
            throw Self.status(for: error)
        }
        channels[channel]?.selectedApplication = index
        switch answer {
        case 0x00: return deliver(information.fciTemplate, ne: command.ne, on: channel)
        case 0x04: return deliver(information.fcpTemplate, ne: command.ne, on: channel)
        default: return ResponseAPDU(statusWord: .success)
        }
    }
}
