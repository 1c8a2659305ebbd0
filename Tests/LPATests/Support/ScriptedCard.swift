import APDU
import Foundation
import LPA
import Synchronization

/// A card that answers from a script: MANAGE CHANNEL and SELECT succeed, every complete STORE DATA command
/// (blocks reassembled) is recorded and answered by `answer`. For faults a real card never makes.
final class ScriptedCard: CardConnection, Sendable {
    /// What the card answers to one complete ES10 command: data and status word.
    typealias Answer = @Sendable (_ command: [UInt8], _ index: Int) -> (data: [UInt8], statusWord: StatusWord)

    private let answer: Answer
    private let state = Mutex<(commands: [[UInt8]], blocks: [CommandAPDU], pending: [UInt8])>(([], [], []))

    init(answer: @escaping Answer) {
        self.answer = answer
    }

    /// The complete ES10 commands received, in order.
    var commands: [[UInt8]] { state.withLock { $0.commands } }
    /// Every STORE DATA block received, in order.
    var blocks: [CommandAPDU] { state.withLock { $0.blocks } }

    func transmit(_ command: CommandAPDU) async throws -> ResponseAPDU {
        switch command.ins {
        case 0x70:
            return ResponseAPDU(data: command.p1 == 0x00 ? [0x01] : [], statusWord: .success)
        case 0xA4:
            return ResponseAPDU(data: [0x6F, 0x00], statusWord: .success)
        case 0xE2:
            let complete: [UInt8]? = state.withLock { state in
                state.blocks.append(command)
                state.pending += command.data
                guard command.p1 & 0x80 != 0 else { return nil }
                defer { state.pending = [] }
                state.commands.append(state.pending)
                return state.pending
            }
            guard let complete else { return ResponseAPDU(statusWord: .success) }
            let (data, statusWord) = answer(complete, commands.count - 1)
            return ResponseAPDU(data: data, statusWord: statusWord)
        default:
            return ResponseAPDU(statusWord: .instructionNotSupported)
        }
    }

    /// An open transport and client over this card.
    func client() async throws -> ES10Client {
        let transport = try ES10Transport(connection: self)
        try await transport.open()
        return ES10Client(transport: transport)
    }
}

