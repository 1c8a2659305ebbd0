/// What the card remembers about one open logical channel (ISO/IEC 7816-4 §5.4.2): each channel has its own
/// selected application, its own STORE DATA chain and its own response waiting for GET RESPONSE.
struct LogicalChannelState: Sendable {
    /// Index into the dispatcher's registered applications; `nil` while nothing is selected.
    var selectedApplication: Int?
    /// Blocks of an unfinished STORE DATA command.
    var storeData = StoreDataChain()
    /// Response bytes announced by `61xx`.
    var pendingResponse: PendingResponse?

    init(selectedApplication: Int? = nil) {
        self.selectedApplication = selectedApplication
    }
}
