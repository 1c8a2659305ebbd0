import Foundation
import Testing

@testable import APDU

/// The bridge against a real pcscd + vsmartcard vpcd, driven from pyscard. Runs only with `SSP_PCSC_TEST=1`,
/// on a machine where `pcscd` runs and Debian's `python3-pyscard` is installed (see docs/apdu.md).
@Suite(
    "PC/SC through the real vpcd",
    .enabled(if: ProcessInfo.processInfo.environment["SSP_PCSC_TEST"] == "1", "set SSP_PCSC_TEST=1 to run"),
    .timeLimit(.minutes(2)))
struct PCSCIntegrationTests {
    /// pyscard: find "Virtual PCD 00 00", check the ATR, SELECT the ISD-R, STORE DATA on the basic channel,
    /// then a chained STORE DATA on a logical channel with the response through GET RESPONSE.
    static let script = #"""
        import sys, time
        from smartcard.System import readers

        ISDR = bytes.fromhex("A0000005591010FFFFFFFF8900000100")
        ATR = bytes.fromhex("3B9F96801FC78031E073FE211B633A204E8300900093")

        def connect():
            deadline, last = time.time() + 30, None
            while time.time() < deadline:
                for reader in readers():
                    if str(reader).startswith("Virtual PCD 00 00"):
                        try:
                            connection = reader.createConnection()
                            connection.connect()
                            return reader, connection
                        except Exception as error:
                            last = error
                time.sleep(0.25)
            sys.exit("no card in Virtual PCD 00 00: %r (readers: %s)" % (last, readers()))

        def transmit(connection, apdu):
            data, sw1, sw2 = connection.transmit(list(apdu))
            while sw1 == 0x61:
                more, sw1, sw2 = connection.transmit([apdu[0] & 0x03, 0xC0, 0x00, 0x00, sw2])
                data += more
            return bytes(data), (sw1 << 8) | sw2

        def expect(what, got, wanted):
            if got != wanted:
                sys.exit("%s: got %s, wanted %s" % (what, got.hex() if isinstance(got, bytes) else hex(got),
                                                    wanted.hex() if isinstance(wanted, bytes) else hex(wanted)))

        print("readers:", [str(r) for r in readers()])
        reader, connection = connect()
        print("connected to", reader)
        expect("ATR", bytes(connection.getATR()), ATR)
        fci, sw = transmit(connection, bytes([0x00, 0xA4, 0x04, 0x00, 0x10]) + ISDR + b"\x00")
        expect("SELECT SW", sw, 0x9000)
        expect("FCI", fci, bytes([0x6F, 0x12, 0x84, 0x10]) + ISDR)
        echo, sw = transmit(connection, bytes.fromhex("80E2910003BF2E0000"))
        expect("STORE DATA SW", sw, 0x9000)
        expect("echo", echo, bytes.fromhex("002EBF"))

        channel, sw = transmit(connection, bytes.fromhex("0070000001"))
        expect("MANAGE CHANNEL SW", sw, 0x9000)
        ch = channel[0]
        _, sw = transmit(connection, bytes([ch, 0xA4, 0x04, 0x0C, 0x10]) + ISDR)
        expect("SELECT on channel SW", sw, 0x9000)
        request = bytes(range(256)) + bytes(range(44))
        blocks = [request[i:i + 120] for i in range(0, len(request), 120)]
        for number, block in enumerate(blocks):
            last = number == len(blocks) - 1
            apdu = bytes([0x80 | ch, 0xE2, 0x91 if last else 0x11, number, len(block)]) + block
            response, sw = transmit(connection, apdu + (b"\x00" if last else b""))
            expect("STORE DATA block %d SW" % number, sw, 0x9000)
        expect("chained echo", response, request[::-1])
        _, sw = transmit(connection, bytes([0x00, 0x70, 0x80, ch]))
        expect("MANAGE CHANNEL close SW", sw, 0x9000)
        connection.disconnect()
        print("ECHO OK")
        """#

    @Test("pyscard sees the virtual eUICC and gets the echo back")
    func echoThroughPCSC() async throws {
        let card = APDUDispatcher(applications: [EchoApplication(aid: WellKnownAID.isdR)])
        let bridge = VPCDConnection(
            card: card,
            configuration: VPCDConfiguration(reconnect: VPCDReconnectPolicy(initialDelay: 0.2, maximumDelay: 2)))
        let running = Task { try await bridge.run() }
        let python = ProcessInfo.processInfo.environment["SSP_PCSC_PYTHON"] ?? "/usr/bin/python3"
        let (status, output) = try await onThread { () -> (Int32, String) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", Self.script]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        bridge.stop()
        try await running.value
        #expect(status == 0, "pyscard script failed:\n\(output)")
        #expect(output.contains("ECHO OK"), "\(output)")
    }
}
