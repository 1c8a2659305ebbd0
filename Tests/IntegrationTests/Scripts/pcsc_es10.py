"""An independent PC/SC client for the integration tests: pyscard through pcscd.

It finds the vsmartcard reader, opens a logical channel, selects the ISD-R and runs ES10 functions over
STORE DATA (chaining, GET RESPONSE), writing what it saw as JSON on stdout. It knows only ISO 7816-4 and the
SGP.22 tags, nothing of the project's code.

usage: pcsc_es10.py READER_PREFIX ICCID_HEX_SWAPPED
"""
import json
import sys
import time

from smartcard.System import readers

ISD_R = [0xA0, 0x00, 0x00, 0x05, 0x59, 0x10, 0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0x89, 0x00, 0x00, 0x01, 0x00]


def tlv_length(n):
    if n < 0x80:
        return [n]
    if n < 0x100:
        return [0x81, n]
    return [0x82, n >> 8, n & 0xFF]


def connect(prefix, timeout=20.0):
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        for reader in readers():
            if str(reader).startswith(prefix):
                try:
                    connection = reader.createConnection()
                    connection.connect()
                    return connection
                except Exception as error:  # card not inserted yet
                    last = error
        time.sleep(0.2)
    raise SystemExit("no card in a reader starting with %r: %s" % (prefix, last))


class Channel:
    def __init__(self, connection):
        self.connection = connection
        data, sw1, sw2 = connection.transmit([0x00, 0x70, 0x00, 0x00, 0x01])
        if (sw1, sw2) != (0x90, 0x00):
            raise SystemExit("MANAGE CHANNEL failed: %02X%02X" % (sw1, sw2))
        self.number = data[0]
        self.cla = self.number if self.number < 4 else 0x40 | (self.number - 4)
        data, sw1, sw2 = self.exchange([self.cla, 0xA4, 0x04, 0x00, len(ISD_R)] + ISD_R + [0x00])
        if sw1 != 0x90:
            raise SystemExit("SELECT ISD-R failed: %02X%02X" % (sw1, sw2))

    def exchange(self, apdu):
        data, sw1, sw2 = self.connection.transmit(apdu)
        while sw1 == 0x61:
            more, sw1, sw2 = self.connection.transmit([self.cla, 0xC0, 0x00, 0x00, sw2])
            data += more
        return data, sw1, sw2

    def es10(self, request, block=120):
        store_data_cla = 0x80 | self.cla
        blocks = [request[i:i + block] for i in range(0, len(request), block)] or [[]]
        for number, chunk in enumerate(blocks):
            last = number == len(blocks) - 1
            apdu = [store_data_cla, 0xE2, 0x91 if last else 0x11, number, len(chunk)] + list(chunk)
            if last:
                apdu.append(0x00)
            data, sw1, sw2 = self.exchange(apdu)
            if (sw1, sw2) != (0x90, 0x00):
                raise SystemExit("STORE DATA failed: %02X%02X" % (sw1, sw2))
        return data

    def close(self):
        self.connection.transmit([0x00, 0x70, 0x80, self.number])


def hexs(data):
    return "".join("%02X" % b for b in data)


def result_code(response, outer):
    # BFxx len 80 01 rr
    assert response[:2] == outer, hexs(response)
    index = response.index(0x80, 2)
    return response[index + 2]


def main():
    prefix, iccid = sys.argv[1], bytes.fromhex(sys.argv[2])
    connection = connect(prefix)
    report = {"atr": hexs(connection.getATR())}
    channel = Channel(connection)
    report["channel"] = channel.number

    eid = channel.es10([0xBF, 0x3E, 0x03, 0x5C, 0x01, 0x5A])
    report["getEID"] = hexs(eid)

    info2 = channel.es10([0xBF, 0x22, 0x00])
    report["euiccInfo2"] = hexs(info2)

    profiles = channel.es10([0xBF, 0x2D, 0x00])
    report["profilesBefore"] = hexs(profiles)

    iccid_tlv = [0x5A, len(iccid)] + list(iccid)
    # EnableProfileRequest: [0] CHOICE { iccid } , refreshFlag BOOLEAN
    enable_body = [0xA0, len(iccid_tlv)] + iccid_tlv + [0x81, 0x01, 0x00]
    enable = channel.es10([0xBF, 0x31] + tlv_length(len(enable_body)) + enable_body)
    report["enableResult"] = result_code(enable, [0xBF, 0x31])

    report["profilesEnabled"] = hexs(channel.es10([0xBF, 0x2D, 0x00]))

    disable = channel.es10([0xBF, 0x32] + tlv_length(len(enable_body)) + enable_body)
    report["disableResult"] = result_code(disable, [0xBF, 0x32])

    report["profilesDisabled"] = hexs(channel.es10([0xBF, 0x2D, 0x00]))
    channel.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
