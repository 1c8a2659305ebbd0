import Foundation
import LPA

/// Asks the user on the terminal: consent to a profile, and its confirmation code.
enum ConsentPrompt {
    /// Shows the offer and asks "Install this profile? [y/N]"; anything but y/yes (or end of input) rejects.
    static func ask(_ offer: ProfileOffer) -> ConsentDecision {
        var text = "\nThe SM-DP+ offers this profile:\n"
        for line in offer.summaryLines { text += "  \(line)\n" }
        if offer.policyRulesNeedConsent {
            text += "  The eUICC's rules require your consent to this profile's policy rules.\n"
        }
        text += "Install this profile? [y/N/later] "
        FileHandle.standardError.write(Data(text.utf8))
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return .reject }
        switch answer {
        case "y", "yes": return .accept
        case "l", "later": return .postpone
        default: return .reject
        }
    }

    /// Asks for the confirmation code; an empty answer (or end of input) gives none.
    static func confirmationCode(_ offer: ProfileOffer) -> String? {
        FileHandle.standardError.write(Data("Confirmation code for \(offer.iccidText): ".utf8))
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else { return nil }
        return answer
    }
}
