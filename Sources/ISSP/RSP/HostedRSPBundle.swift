import APDU
import EUICC
import SPB

/// An installed RSP Telecom Bundle as the platform runs it: its eUICC (module EUICC, one card file) and
/// the APDU dispatcher through which the LBA's LPA reaches the eUICC's ISD-R and ECASD.
///
/// Each RSP bundle is a card of its own, as a physical eUICC in its own slot would be: its dispatcher has
/// its own logical channels, and SELECT of the ISD-R AID on it reaches this bundle's ISD-R. Both
/// applications are wrapped in ``BundleGatedApplication``, which refuses them while the bundle is not
/// Enabled or Active.
struct HostedRSPBundle: Sendable {
    /// The bundle.
    let spbId: SpbId
    /// Its eUICC.
    let card: EUICC
    /// Its APDU interface.
    let dispatcher: APDUDispatcher

    init(spbId: SpbId, card: EUICC, platform: ISSPPlatform) {
        self.spbId = spbId
        self.card = card
        self.dispatcher = APDUDispatcher(
            applications: card.applications.map { BundleGatedApplication(inner: $0, spbId: spbId, platform: platform) },
            answerToReset: .euicc)
    }
}
