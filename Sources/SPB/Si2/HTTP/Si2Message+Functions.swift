import SGP22

// Which function each Si2 message belongs to, and what each request is answered with.
extension GetSpbmCertificateRequest: Si2Request {
    public typealias Response = Si2ResponseBody<GetSpbmCertificateResponse>
    public static var si2Function: Si2Function { .getSpbmCertificate }
}

extension GetSpbmCertificateResponse: Si2Message {
    public static var si2Function: Si2Function { .getSpbmCertificate }
}

extension InitiateSpbDownloadRequest: Si2Request {
    public typealias Response = Si2ResponseBody<InitiateSpbDownloadResponse>
    public static var si2Function: Si2Function { .initiateSpbDownload }
}

extension InitiateSpbDownloadResponse: Si2Message {
    public static var si2Function: Si2Function { .initiateSpbDownload }
}

extension AuthenticateSspRequest: Si2Request {
    public typealias Response = Si2ResponseBody<AuthenticateSspResponse>
    public static var si2Function: Si2Function { .authenticateSsp }
}

extension AuthenticateSspResponse: Si2Message {
    public static var si2Function: Si2Function { .authenticateSsp }
}

extension GetBoundSpbRequest: Si2Request {
    public typealias Response = Si2ResponseBody<GetBoundSpbResponse>
    public static var si2Function: Si2Function { .getBoundSpb }
}

extension GetBoundSpbResponse: Si2Message {
    public static var si2Function: Si2Function { .getBoundSpb }
}

extension HandleSpbNotificationRequest: Si2Request {
    public typealias Response = NoContent
    public static var si2Function: Si2Function { .handleSpbNotification }
}

extension Si2CancelSpbSessionRequest: Si2Request {
    public typealias Response = Si2ResponseBody<Si2CancelSpbSessionResponse>
    public static var si2Function: Si2Function { .cancelSpbSession }
}

extension Si2CancelSpbSessionResponse: Si2Message {
    public static var si2Function: Si2Function { .cancelSpbSession }
}
