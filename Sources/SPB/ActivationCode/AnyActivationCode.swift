import Foundation
import SGP22

/// Whatever the user hands the LBA's single "add" entry point: an SSP activation code for a Telecom Bundle,
/// or an SGP.22 activation code for an eSIM Profile.
///
/// The prefix decides: `SSP:` is a Telecom Bundle code; `LPA:` or no prefix is an SGP.22 code (a code typed
/// without prefix is read as SGP.22, whose own rule that is).
public enum AnyActivationCode: Hashable, Sendable, CustomStringConvertible {
    /// Download a Telecom Bundle from an SPB Manager (Si2/Si3).
    case telecomBundle(SSPActivationCode)
    /// Download an eSIM Profile from an SM-DP+ (SGP.22).
    case profile(ActivationCode)

    /// Parses `text` as one kind of code or the other; the error says which kind was meant and what is wrong.
    public init(_ text: String) throws(AnyActivationCodeRejection) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.prefix(SSPActivationCode.qrCodePrefix.count).uppercased() == SSPActivationCode.qrCodePrefix {
            do {
                self = .telecomBundle(try SSPActivationCode(trimmed))
            } catch {
                throw .ssp(error)
            }
        } else {
            do {
                self = .profile(try ActivationCode(trimmed))
            } catch {
                throw .rsp(error)
            }
        }
    }

    /// The QR code text of the code.
    public var description: String {
        switch self {
        case .telecomBundle(let code): code.qrCodeText
        case .profile(let code): code.qrCodeText
        }
    }
}
