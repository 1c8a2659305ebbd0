import SGP22

/// A message that names an RSP session, so the log line of its call can carry the transactionId.
protocol TransactionScoped {
    var transactionId: TransactionId { get }
}

extension ES9Plus.InitiateAuthenticationResponse: TransactionScoped {}
extension ES9Plus.AuthenticateClientRequest: TransactionScoped {}
extension ES9Plus.GetBoundProfilePackageRequest: TransactionScoped {}
extension ES9Plus.CancelSessionRequest: TransactionScoped {}
