import SGP22

/// Why a text given to the LBA is not an activation code of either kind.
public enum AnyActivationCodeRejection: Error, Hashable, Sendable, CustomStringConvertible {
    /// It starts with `SSP:` but is not a valid SSP activation code.
    case ssp(SSPActivationCodeRejection)
    /// It is read as an SGP.22 activation code and is not a valid one.
    case rsp(ActivationCodeRejection)

    public var description: String {
        switch self {
        case .ssp(let rejection): rejection.description
        case .rsp(let rejection): rejection.description
        }
    }
}
