/// The card's operating system as far as APDUs go: it answers the ATR, keeps the logical channels, selects
/// applications by AID, reassembles STORE DATA chains and hands out long responses through GET RESPONSE.
///
/// Applications (`CardApplication`) plug in by AID and see only complete commands. The dispatcher is an actor,
/// and it also handles one APDU at a time from start to end (a card is a half-duplex device), so a vpcd bridge
/// and in-process terminals may call it from any task.
///
/// Rules it follows, with the status word for each refusal:
/// - short APDUs only (`6700` for extended length and for malformed bytes); CLA decoded as `ClassByte`
///   (`6E00` for reserved classes, `6881` for a channel that is not open, `6882`/`6884` for secure messaging
///   and CLA chaining, which it does not support);
/// - MANAGE CHANNEL, SELECT and GET RESPONSE as ISO/IEC 7816-4 defines them, STORE DATA as GlobalPlatform and
///   SGP.22 §5.7.2 chain it; any other INS goes to the application selected on the channel (`6D00` if none
///   takes it);
/// - a command other than GET RESPONSE drops the channel's waiting response, and a command other than
///   STORE DATA drops the channel's unfinished STORE DATA chain.
public actor APDUDispatcher {
    /// The ATR answered on power-on, reset and vpcd's "get ATR".
    public nonisolated let answerToReset: AnswerToReset
    /// How many logical channels may be open at once, the basic channel included (1-20).
    public nonisolated let maximumChannels: Int
    /// The longest command STORE DATA may reassemble; longer ones are refused with `6A84`.
    public nonisolated let maximumCommandLength: Int
    /// The application implicitly selected on the basic channel after reset, and on channels opened from it.
    public nonisolated let defaultApplicationAID: [UInt8]?

    /// Registered applications, in registration order (their indices are the channels' selections).
    var applications: [any CardApplication] = []
    /// The open logical channels; the basic channel 0 is always open.
    var channels: [Int: LogicalChannelState] = [:]
    private let gate = SerialGate()

    /// A card with the given applications.
    ///
    /// - Parameters:
    ///   - applications: applications to register, in order; a later one with the same AID replaces an earlier.
    ///   - answerToReset: the ATR; an eUICC-style one by default.
    ///   - maximumChannels: open channels allowed at once, basic channel included; clamped to 1-20.
    ///   - maximumCommandLength: the largest reassembled STORE DATA command accepted.
    ///   - defaultApplicationAID: an application selected without SELECT on the basic channel, if any.
    public init(
        applications: [any CardApplication] = [],
        answerToReset: AnswerToReset = .euicc,
        maximumChannels: Int = 20,
        maximumCommandLength: Int = 65536,
        defaultApplicationAID: [UInt8]? = nil
    ) {
        self.answerToReset = answerToReset
        self.maximumChannels = min(max(maximumChannels, 1), ClassByte.highestChannel + 1)
        self.maximumCommandLength = max(maximumCommandLength, 1)
        self.defaultApplicationAID = defaultApplicationAID
        var registered: [any CardApplication] = []
        for application in applications {
            if let index = registered.firstIndex(where: { $0.aid == application.aid }) {
                registered[index] = application
            } else {
                registered.append(application)
            }
        }
        self.applications = registered
        let defaultIndex = defaultApplicationAID.flatMap { aid in registered.firstIndex { $0.aid == aid } }
        channels = [0: LogicalChannelState(selectedApplication: defaultIndex)]
    }

    /// Registers an application; one with the same AID is replaced (channels that selected it then use the
    /// new one).
    public func register(_ application: any CardApplication) {
        if let index = applications.firstIndex(where: { $0.aid == application.aid }) {
            applications[index] = application
        } else {
            applications.append(application)
            if defaultApplicationAID == application.aid, channels[0]?.selectedApplication == nil {
                channels[0]?.selectedApplication = applications.count - 1
            }
        }
    }

    /// The numbers of the open logical channels, in ascending order.
    public var openChannels: [Int] { channels.keys.sorted() }

    /// The AID of the application selected on `channel`, or `nil` if the channel is closed or has none.
    public func selectedAID(onChannel channel: Int) -> [UInt8]? {
        channels[channel]?.selectedApplication.map { applications[$0].aid }
    }

    // MARK: Power

    /// Cold start: all logical channels but the basic one closed, chains and waiting responses dropped.
    ///
    /// - Returns: the ATR.
    @discardableResult
    public func powerOn() async -> AnswerToReset {
        await gate.enter()
        defer { gate.leave() }
        resetState()
        return answerToReset
    }

    /// Warm reset: the same state as after power-on.
    ///
    /// - Returns: the ATR.
    @discardableResult
    public func reset() async -> AnswerToReset {
        await powerOn()
    }

    /// Power off: the card keeps nothing. The next power-on, or a command sent without one, finds the basic
    /// channel alone.
    public func powerOff() async {
        await gate.enter()
        defer { gate.leave() }
        resetState()
    }

    private func resetState() {
        channels = [0: LogicalChannelState(selectedApplication: defaultApplicationIndex)]
    }

    var defaultApplicationIndex: Int? {
        defaultApplicationAID.flatMap { aid in applications.firstIndex { $0.aid == aid } }
    }

    // MARK: Commands

    /// Processes one command APDU given as bytes and returns the response APDU bytes (data ‖ SW1 SW2).
    /// Malformed bytes are answered with `6700`; this never fails.
    public func process(_ bytes: [UInt8]) async -> [UInt8] {
        do {
            let command = try CommandAPDU(bytes: bytes)
            return await process(command).bytes
        } catch {
            return error.statusWord.bytes
        }
    }

    /// Processes one command APDU.
    public func process(_ command: CommandAPDU) async -> ResponseAPDU {
        await gate.enter()
        defer { gate.leave() }
        do {
            return try await dispatch(command)
        } catch {
            return ResponseAPDU(statusWord: error.statusWord)
        }
    }

    private func dispatch(_ command: CommandAPDU) async throws(CardStatusError) -> ResponseAPDU {
        guard !command.isExtended else {
            throw CardStatusError(.wrongLength, reason: "extended length APDUs are not supported")
        }
        guard let cla = ClassByte(rawValue: command.cla) else {
            throw CardStatusError(.classNotSupported, reason: "reserved class byte")
        }
        let channel = cla.logicalChannel
        guard channels[channel] != nil else {
            throw CardStatusError(.logicalChannelNotSupported, reason: "logical channel \(channel) is not open")
        }
        guard !cla.hasSecureMessaging else { throw CardStatusError(.secureMessagingNotSupported) }
        guard !cla.isChained else { throw CardStatusError(.commandChainingNotSupported) }
        if command.ins != Instruction.getResponse {
            channels[channel]?.pendingResponse = nil
        }
        if command.ins != Instruction.storeData {
            channels[channel]?.storeData.reset()
        }
        switch command.ins {
        case Instruction.manageChannel:
            try Self.require(.interindustry, cla)
            return try manageChannel(command, from: channel)
        case Instruction.select:
            try Self.require(.interindustry, cla)
            return try await select(command, on: channel)
        case Instruction.getResponse:
            return try getResponse(command, on: channel)
        case Instruction.storeData:
            try Self.require(.proprietary, cla)
            return try await storeData(command, on: channel)
        case 0x60...0x6F, 0x90...0x9F:
            throw CardStatusError(.instructionNotSupported, reason: "INS 6X and 9X are invalid")
        default:
            return try await forward(command, on: channel)
        }
    }

    private static func require(_ kind: ClassByte.Kind, _ cla: ClassByte) throws(CardStatusError) {
        guard cla.kind == kind else {
            throw CardStatusError(.classNotSupported, reason: "this instruction needs the \(kind) class")
        }
    }

    /// Answers `data` with `9000` when it fits Ne, otherwise keeps it for GET RESPONSE and answers `61xx`.
    func deliver(_ data: [UInt8], ne: Int?, on channel: Int) -> ResponseAPDU {
        if data.isEmpty {
            return ResponseAPDU(statusWord: .success)
        }
        if let ne, data.count <= ne {
            return ResponseAPDU(data: data, statusWord: .success)
        }
        channels[channel]?.pendingResponse = PendingResponse(data)
        return ResponseAPDU(statusWord: .responseBytesAvailable(data.count))
    }

    /// The status an application's error is answered with.
    static func status(for error: any Error) -> CardStatusError {
        (error as? CardStatusError) ?? CardStatusError(.noPreciseDiagnosis, reason: "application error: \(error)")
    }
}
