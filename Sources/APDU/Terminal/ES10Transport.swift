/// The terminal (LPA) side of ES10: a logical channel to the ISD-R and STORE DATA chaining over it
/// (SGP.22 §5.7.2, GlobalPlatform Card Specification §11.11, ISO/IEC 7816-4 §5.3 and §11.7.1).
///
/// ```
/// MANAGE CHANNEL open   00 70 00 00 01                 -> channel n (1-19)
/// SELECT ISD-R          0n A4 04 00 10 <AID> 00        -> FCI (61xx followed)
/// STORE DATA blocks     8n E2 11 <block> Lc <data>     -> 9000        (all but the last)
///                       8n E2 91 <block> Lc <data> 00  -> data 9000 | 61xx
/// GET RESPONSE          0n C0 00 00 xx                 -> data 9000 | data 61xx | 6Cxx
/// ```
/// The class bytes follow `ClassByte` (channels 4-19 use `4X`/`CX`). One exchange runs at a time: concurrent
/// callers queue, so their blocks never interleave on the channel.
public actor ES10Transport {
    /// Sends one APDU and returns the card's response as it is.
    public typealias Transmit = @Sendable (CommandAPDU) async throws -> ResponseAPDU

    /// The block size LPAs commonly use.
    public static let defaultBlockSize = 120
    /// The most response bytes one exchange collects through GET RESPONSE (1 MiB).
    public static let maximumResponseLength = 1 << 20

    /// Command data bytes per STORE DATA block, 1-255.
    public let blockSize: Int
    /// The logical channel open to the application, or `nil` before `open` and after `close`.
    public private(set) var channel: Int?

    private let transmitCommand: Transmit
    private let gate = SerialGate()

    /// A transport over a function that sends one APDU.
    ///
    /// - Throws: `ES10TransportError.invalidBlockSize` when `blockSize` is outside 1-255.
    public init(
        blockSize: Int = ES10Transport.defaultBlockSize, transmit: @escaping Transmit
    )
        throws(ES10TransportError)
    {
        guard (1...255).contains(blockSize) else { throw .invalidBlockSize(blockSize) }
        self.blockSize = blockSize
        self.transmitCommand = transmit
    }

    /// A transport over a `CardConnection`.
    public init(
        connection: some CardConnection, blockSize: Int = ES10Transport.defaultBlockSize
    )
        throws(ES10TransportError)
    {
        try self.init(blockSize: blockSize, transmit: { try await connection.transmit($0) })
    }

    /// Opens a logical channel (MANAGE CHANNEL) and selects the application on it; a channel already open
    /// is closed first.
    ///
    /// - Parameters:
    ///   - aid: the application, the ISD-R by default.
    ///   - useLogicalChannel: `false` selects on the basic channel instead of opening one.
    /// - Returns: the FCI the card answered to SELECT.
    @discardableResult
    public func open(aid: [UInt8] = WellKnownAID.isdR, useLogicalChannel: Bool = true) async throws -> [UInt8] {
        await gate.enter()
        defer { gate.leave() }
        if let open = channel {
            channel = nil
            try await closeChannel(open)
        }
        var opened = 0
        if useLogicalChannel {
            let response = try await transmitCommand(
                CommandAPDU(cla: 0x00, ins: Instruction.manageChannel, p1: 0x00, p2: 0x00, ne: 1))
            guard response.statusWord.isSuccess else {
                throw ES10TransportError.unexpectedStatus(response.statusWord, step: "MANAGE CHANNEL open")
            }
            guard response.data.count == 1, (1...ClassByte.highestChannel).contains(Int(response.data[0])) else {
                throw ES10TransportError.malformedChannelNumber(response.data)
            }
            opened = Int(response.data[0])
        }
        do {
            let select = CommandAPDU(
                cla: try Self.classByte(opened, .interindustry), ins: Instruction.select, p1: 0x04, p2: 0x00,
                data: aid, ne: 256)
            let response = try await follow(select, repeatOnWrongLe: true)
            guard response.statusWord.isSuccess else {
                throw ES10TransportError.unexpectedStatus(
                    response.statusWord, step: "SELECT \(aid.hexString) on channel \(opened)")
            }
            channel = opened
            return response.data
        } catch {
            if opened != 0 { try? await closeChannel(opened) }
            throw error
        }
    }

    /// Sends one ES10 command in STORE DATA blocks and returns the complete response.
    ///
    /// - Parameter request: the complete command, e.g. `BF2E00` (GetEUICCChallenge).
    /// - Returns: the complete response data, collected through GET RESPONSE when the card announces `61xx`.
    /// - Throws: `ES10TransportError.unexpectedStatus` naming the block and SW when the card answers anything
    ///   but `9000`/`61xx`; `.notOpen`, `.emptyRequest`, `.requestTooLong` before anything is sent.
    public func transmitES10(_ request: [UInt8]) async throws -> [UInt8] {
        await gate.enter()
        defer { gate.leave() }
        guard let channel else { throw ES10TransportError.notOpen }
        guard !request.isEmpty else { throw ES10TransportError.emptyRequest }
        let blockCount = (request.count + blockSize - 1) / blockSize
        guard blockCount <= 256 else {
            throw ES10TransportError.requestTooLong(length: request.count, blockSize: blockSize)
        }
        let cla = try Self.classByte(channel, .proprietary)
        for number in 0..<blockCount {
            let block = Array(request[(number * blockSize)..<min((number + 1) * blockSize, request.count)])
            let last = number == blockCount - 1
            let step = "STORE DATA block \(number + 1) of \(blockCount) on channel \(channel)"
            let command = CommandAPDU(
                cla: cla, ins: Instruction.storeData, p1: last ? 0x91 : 0x11, p2: UInt8(number), data: block,
                ne: last ? 256 : nil)
            // Repeating a STORE DATA would execute it twice, so 6Cxx is only honoured for GET RESPONSE.
            let response =
                last
                ? try await follow(command, repeatOnWrongLe: false)
                : try await transmitCommand(command)
            guard response.statusWord.isSuccess else {
                throw ES10TransportError.unexpectedStatus(response.statusWord, step: step)
            }
            if last { return response.data }
        }
        return []
    }

    /// Sends one command, repeating it once with the exact Le on `6Cxx` and collecting `61xx` responses with
    /// GET RESPONSE on the command's channel.
    ///
    /// - Returns: all response data concatenated, with the last status word.
    public func exchange(_ command: CommandAPDU) async throws -> ResponseAPDU {
        await gate.enter()
        defer { gate.leave() }
        return try await follow(command, repeatOnWrongLe: true)
    }

    /// Closes the logical channel (MANAGE CHANNEL close, sent on the basic channel). Nothing is sent when
    /// the application was selected on the basic channel.
    public func close() async throws {
        await gate.enter()
        defer { gate.leave() }
        guard let open = channel else { throw ES10TransportError.notOpen }
        channel = nil
        try await closeChannel(open)
    }

    private func closeChannel(_ number: Int) async throws {
        guard number != 0 else { return }
        let response = try await transmitCommand(
            CommandAPDU(cla: 0x00, ins: Instruction.manageChannel, p1: 0x80, p2: UInt8(number)))
        guard response.statusWord.isSuccess else {
            throw ES10TransportError.unexpectedStatus(response.statusWord, step: "MANAGE CHANNEL close \(number)")
        }
    }

    private func follow(_ command: CommandAPDU, repeatOnWrongLe: Bool) async throws -> ResponseAPDU {
        var response = try await transmitCommand(command)
        if repeatOnWrongLe, response.statusWord.isWrongLe, let exact = response.statusWord.announcedLength {
            var repeated = command
            repeated.ne = exact
            repeated.isExtended = false
            response = try await transmitCommand(repeated)
        }
        let channel = ClassByte(rawValue: command.cla)?.logicalChannel ?? 0
        let getResponseCLA = try Self.classByte(channel, .interindustry)
        var data = response.data
        var rounds = 0
        while response.statusWord.isResponseBytesAvailable, let available = response.statusWord.announcedLength {
            rounds += 1
            guard rounds <= Self.maximumResponseLength / 256, data.count + available <= Self.maximumResponseLength
            else {
                throw ES10TransportError.responseTooLong(limit: Self.maximumResponseLength)
            }
            var getResponse = CommandAPDU(
                cla: getResponseCLA, ins: Instruction.getResponse, p1: 0x00, p2: 0x00, ne: available)
            response = try await transmitCommand(getResponse)
            if response.statusWord.isWrongLe, let exact = response.statusWord.announcedLength {
                getResponse.ne = exact
                response = try await transmitCommand(getResponse)
            }
            data += response.data
        }
        return ResponseAPDU(data: data, statusWord: response.statusWord)
    }

    private static func classByte(_ channel: Int, _ kind: ClassByte.Kind) throws -> UInt8 {
        guard let cla = ClassByte(channel: channel, kind: kind) else {
            throw ES10TransportError.malformedChannelNumber([UInt8(truncatingIfNeeded: channel)])
        }
        return cla.rawValue
    }
}
