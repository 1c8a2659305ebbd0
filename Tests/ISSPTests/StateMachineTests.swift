import SPB
import Testing

@testable import ISSP

@Suite("Telecom Bundle state machine")
struct StateMachineTests {
    /// The legal cells of the table in docs/issp.md.
    static let legal: [(SpbState?, TelecomBundleTransition, SpbState)] = [
        (nil, .install, .enabled),
        (.disabled, .enable, .enabled),
        (.disabled, .delete, .deleted),
        (.enabled, .disable, .disabled),
        (.enabled, .activate, .active),
        (.enabled, .delete, .deleted),
        (.active, .deactivate, .enabled),
    ]

    static let states: [SpbState?] = [nil, .disabled, .enabled, .active, .deleted]

    @Test("Every legal transition leads to its state")
    func legalTransitions() throws {
        for (state, transition, target) in Self.legal {
            #expect(try TelecomBundleStateMachine.target(of: transition, from: state) == target)
        }
        #expect(try TelecomBundleStateMachine.target(of: .install, from: nil, installAs: .disabled) == .disabled)
    }

    @Test("Every other transition is refused with an error naming the state and the transition")
    func illegalTransitions() {
        var refused = 0
        for state in Self.states {
            for transition in TelecomBundleTransition.allCases {
                if Self.legal.contains(where: { $0.0 == state && $0.1 == transition }) { continue }
                refused += 1
                do {
                    _ = try TelecomBundleStateMachine.target(of: transition, from: state)
                    Issue.record("\(transition) from \(String(describing: state)) was accepted")
                } catch {
                    guard case .illegalTransition(let from, let named, _) = error else { continue }
                    #expect(from == state)
                    #expect(named == transition)
                    let text = error.description
                    #expect(text.contains(transition.description))
                    if let state { #expect(text.contains(state.description)) }
                }
            }
        }
        #expect(refused == Self.states.count * TelecomBundleTransition.allCases.count - Self.legal.count)
    }

    @Test("Install may only leave a bundle Enabled or Disabled")
    func installTargets() {
        for state in [SpbState.active, .deleted, .other(9)] {
            #expect(throws: TelecomBundleStateError.self) {
                try TelecomBundleStateMachine.target(of: .install, from: nil, installAs: state)
            }
        }
    }

    @Test("The reasons say what to do")
    func reasons() {
        #expect(TelecomBundleStateMachine.reason(.disabled, .activate).contains("enabled before"))
        #expect(TelecomBundleStateMachine.reason(.active, .delete).contains("deactivated first"))
        #expect(!TelecomBundleStateMachine.isLegal(.activate, from: .disabled))
        #expect(TelecomBundleStateMachine.isLegal(.activate, from: .enabled))
    }
}
