import Logging
import SGP22
import SSPPKI

/// The LPA's profile download (SGP.22 §3.1.3, "Common mutual authentication" then "Download and
/// installation"), between an eUICC reached over ES10 and an SM-DP+ reached over ES9+:
///
/// ```
/// GetEUICCInfo1, GetEUICCChallenge → initiateAuthentication → AuthenticateServer (ctxParams1: matchingId,
/// deviceInfo) → authenticateClient → [RAT check] → consent → [confirmation code] → PrepareDownload (hashCc)
/// → getBoundProfilePackage → LoadBoundProfilePackage (segment by segment) → handleNotification (PIR)
/// → RemoveNotificationFromList
/// ```
///
/// Once the eUICC has authenticated the SM-DP+ (AuthenticateServer succeeded) every failure ends the session
/// on both sides: ES10b.CancelSession with the fitting reason, then ES9+.CancelSession with the eUICC's signed
/// answer (``SessionCancellation``). An error answer of the eUICC to AuthenticateServer or PrepareDownload is
/// relayed to the SM-DP+ in the next ES9+ call, as SGP.22 has it, so the SM-DP+ ends its side too.
public struct ProfileDownloader: Sendable {
    /// The eUICC.
    public let card: ES10Client
    /// The HTTPS client.
    public let server: ES9PlusClient
    /// The device description sent in ctxParams1.
    public var deviceInfo: DeviceInfo
    /// Where each step is logged.
    public var logger: Logger

    /// A downloader over a card and a client.
    public init(
        card: ES10Client, server: ES9PlusClient, deviceInfo: DeviceInfo = .labDevice,
        logger: Logger = Logger(label: "ssp.lpa.download")
    ) {
        self.card = card
        self.server = server
        self.deviceInfo = deviceInfo
        self.logger = logger
    }

    /// Downloads and installs the profile `code` points to.
    ///
    /// - Returns: the installed profile, with the fate of its installation result (delivered, or kept on the
    ///   eUICC for the next notification round when the SM-DP+ could not be reached).
    /// - Throws: ``DownloadError`` naming the step, the eUICC's or SM-DP+'s code, and the cancellation.
    public func download(
        _ code: ActivationCode, interaction: DownloadInteraction
    ) async throws(DownloadError) -> DownloadResult {
        let address = code.smdpAddress
        let progress = interaction.progress

        progress(.step(.readEUICC))
        let info1: ES10Answer<EUICCInfo1>
        let challenge: [UInt8]
        do {
            info1 = try await card.getEUICCInfo1()
            challenge = try await card.getEUICCChallenge()
        } catch {
            throw DownloadError(.card(error), step: .readEUICC)
        }

        progress(.step(.initiateAuthentication))
        let initiated: ES9Plus.InitiateAuthenticationResponse
        do {
            initiated = try await server.call(
                ES9Plus.InitiateAuthenticationRequest(
                    euiccChallenge: challenge, euiccInfo1: info1.derBytes, smdpAddress: address),
                at: address)
        } catch {
            throw DownloadError(.server(error), step: .initiateAuthentication)
        }
        let transactionId = initiated.transactionId
        logger.info("RSP session \(transactionId) opened at \(address)")
        let authentication: SessionMessages.ServerAuthentication
        do {
            authentication = try SessionMessages.authenticateServerRequest(
                initiated, challenge: challenge, smdpAddress: address, matchingId: code.matchingID,
                deviceInfo: deviceInfo)
        } catch {
            throw DownloadError(error, step: .initiateAuthentication, transactionId: transactionId)
        }
        if let expected = code.smdpObjectIdentifier,
            !authentication.serverCertificate.registeredIDs.contains(expected)
        {
            throw DownloadError(
                .smdpOIDMismatch(
                    expected: code.smdpOID ?? "", found: authentication.serverCertificate.registeredIDs.map(\.dotted)),
                step: .initiateAuthentication, transactionId: transactionId)
        }

        progress(.step(.authenticateServer))
        let authenticated: ES10Answer<AuthenticateResponseOk>
        do {
            authenticated = try await card.authenticateServer(authentication.request)
        } catch {
            if case .authenticateServerRefused(_, let response) = error {
                await relay(
                    ES9Plus.AuthenticateClientRequest(transactionId: transactionId, authenticateServerResponse: response),
                    at: address)
            }
            throw DownloadError(.card(error), step: .authenticateServer, transactionId: transactionId)
        }

        // From here on the eUICC holds the session: every failure cancels it on both sides.
        let session = Session(downloader: self, transactionId: transactionId, address: address, progress: progress)

        progress(.step(.authenticateClient))
        let material: SessionMessages.ClientAuthentication
        do {
            let response = try await server.call(
                ES9Plus.AuthenticateClientRequest(
                    transactionId: transactionId, authenticateServerResponse: authenticated.derBytes),
                at: address)
            material = try SessionMessages.clientAuthentication(response, transactionId: transactionId)
        } catch let error as ES9PlusError {
            throw await session.fail(.server(error), step: .authenticateClient, reason: .undefinedReason)
        } catch let failure as DownloadError.Failure {
            throw await session.fail(failure, step: .authenticateClient, reason: .undefinedReason)
        } catch {
            throw await session.fail(.inconsistentServer("\(error)"), step: .authenticateClient, reason: .undefinedReason)
        }

        let needsConsent = try await checkPolicyRules(material.metadata, session: session)
        let offer = ProfileOffer(
            metadata: material.metadata, smdpAddress: address, transactionId: transactionId,
            confirmationCodeRequired: material.smdpSigned2.ccRequiredFlag, policyRulesNeedConsent: needsConsent)

        progress(.step(.consent))
        switch await interaction.consent(offer) {
        case .accept:
            logger.info("profile \(offer.iccidText) accepted")
        case .reject:
            throw await session.fail(.rejectedByUser, step: .consent, reason: .endUserRejection)
        case .postpone:
            throw await session.fail(.postponedByUser, step: .consent, reason: .postponed)
        case .timedOut:
            throw await session.fail(.rejectedByUser, step: .consent, reason: .timeout)
        }

        var hashCc: [UInt8]?
        if material.smdpSigned2.ccRequiredFlag {
            progress(.step(.confirmationCode))
            var confirmationCode = interaction.confirmationCode
            if confirmationCode?.isEmpty ?? true, let ask = interaction.askConfirmationCode {
                confirmationCode = await ask(offer)
            }
            // No code is not a refusal of the profile: the user may come back with it, so the order is kept.
            guard let confirmationCode, !confirmationCode.isEmpty else {
                throw await session.fail(.confirmationCodeNotGiven, step: .confirmationCode, reason: .postponed)
            }
            hashCc = ConfirmationCode.hash(confirmationCode, transactionId: transactionId)
        }

        progress(.step(.prepareDownload))
        let prepared: ES10Answer<PrepareDownloadResponseOk>
        do {
            prepared = try await card.prepareDownload(SessionMessages.prepareDownloadRequest(material, hashCc: hashCc))
        } catch {
            if case .prepareDownloadRefused(_, let response) = error {
                await relay(
                    ES9Plus.GetBoundProfilePackageRequest(transactionId: transactionId, prepareDownloadResponse: response),
                    at: address)
            }
            throw await session.fail(.card(error), step: .prepareDownload, reason: .undefinedReason)
        }

        progress(.step(.getBoundProfilePackage))
        let package: ES9Plus.GetBoundProfilePackageResponse
        do {
            package = try await server.call(
                ES9Plus.GetBoundProfilePackageRequest(
                    transactionId: transactionId, prepareDownloadResponse: prepared.derBytes),
                at: address)
        } catch {
            throw await session.fail(.server(error), step: .getBoundProfilePackage, reason: .undefinedReason)
        }
        guard package.transactionId == transactionId else {
            throw await session.fail(
                .inconsistentServer("getBoundProfilePackage answered for transaction \(package.transactionId)"),
                step: .getBoundProfilePackage, reason: .undefinedReason)
        }

        progress(.step(.loadBoundProfilePackage))
        let result: ES10Answer<ProfileInstallationResult>
        do {
            result = try await card.loadBoundProfilePackage(package.boundProfilePackage) { segment, count in
                progress(.segment(segment, of: count))
            }
        } catch {
            throw await session.fail(.card(error), step: .loadBoundProfilePackage, reason: .loadBppExecutionError)
        }

        // The result is a pending notification: it goes to the SM-DP+ whether the installation worked or not.
        progress(.step(.sendInstallationResult))
        let data = result.value.profileInstallationResultData
        let delivery = await NotificationSender(card: card, server: server, logger: logger)
            .deliver(result.derBytes, metadata: data.notificationMetadata)
        if case .errorResult(let failure) = data.finalResult {
            throw DownloadError(
                .installationFailed(failure), step: .loadBoundProfilePackage, transactionId: transactionId)
        }
        progress(.installed(iccid: offer.iccidText))
        logger.info("profile \(offer.iccidText) installed from \(address)")
        return DownloadResult(offer: offer, installationResult: result.value, resultDelivery: delivery)
    }

    /// Checks the profile's policy rules against the eUICC's RAT; cancels with `pprNotAllowed` when they are not
    /// allowed. Returns whether the RAT asks for the user's consent to them.
    private func checkPolicyRules(_ metadata: StoreMetadataRequest, session: Session) async throws(DownloadError) -> Bool {
        guard !(metadata.profilePolicyRules ?? []).intersection([.ppr1, .ppr2]).isEmpty else { return false }
        let rat: RulesAuthorisationTable
        do {
            rat = try await card.getRAT()
        } catch {
            throw await session.fail(.card(error), step: .consent, reason: .undefinedReason)
        }
        switch ProfilePolicyCheck.evaluate(metadata, rat: rat) {
        case .allowed(let needsConsent):
            return needsConsent
        case .notAllowed(let why):
            throw await session.fail(.policyRulesNotAllowed(why), step: .consent, reason: .pprNotAllowed)
        }
    }

    /// Passes the eUICC's error answer on to the SM-DP+, which ends its side of the session; its answer (a
    /// failure, as a rule) changes nothing for the LPA.
    private func relay<Request: ES9PlusRequest>(_ request: Request, at address: String) async
    where Request.Response: RSPResponseMessage {
        do {
            _ = try await server.call(request, at: address)
        } catch {
            logger.debug("relayed eUICC error to \(Request.function.rawValue): \(error)")
        }
    }
}
