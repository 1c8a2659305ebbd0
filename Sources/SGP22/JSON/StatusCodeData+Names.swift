extension StatusCodeData {
    /// What SGP.22 calls each subject code that ES9+ and ES2+ use.
    public static let subjectNames: [String: String] = [
        "1.1": "Function Requester",
        "1.2": "Function Provider",
        "1.6": "Function",
        "8.1": "eUICC",
        "8.1.1": "EID",
        "8.1.2": "EUM Certificate",
        "8.1.3": "eUICC Certificate",
        "8.2": "Profile",
        "8.2.1": "Profile ICCID",
        "8.2.5": "Profile Type",
        "8.2.6": "Matching ID",
        "8.2.7": "Confirmation Code",
        "8.8": "SM-DP+",
        "8.8.1": "SM-DP+ Address",
        "8.8.2": "Security configuration",
        "8.8.3": "Specification Version Number",
        "8.8.4": "SM-DP+ Certificate",
        "8.8.5": "Download order",
        "8.9": "SM-DS",
        "8.10.1": "TransactionId",
        "8.11.1": "CI Public Key",
    ]

    /// What SGP.22 calls each reason code that ES9+ and ES2+ use.
    public static let reasonNames: [String: String] = [
        "1.1": "Unknown (Identification or Authentication)",
        "1.2": "Not Allowed (Authorisation)",
        "2.1": "Invalid",
        "2.2": "Mandatory Element Missing",
        "2.3": "Conditional Element Missing",
        "3.1": "Unsupported",
        "3.3": "Already in Use (Uniqueness)",
        "3.5": "Invalid transition",
        "3.7": "Unavailable",
        "3.8": "Refused",
        "3.9": "Unknown",
        "3.10": "Invalid Association",
        "4.2": "Execution Error",
        "4.3": "Stopped on Warning",
        "4.8": "Insufficient Memory",
        "4.10": "Time to Live Expired",
        "5.1": "Inaccessible",
        "6.1": "Verification Failed",
        "6.3": "Expired",
        "6.4": "Maximum number of retries exceeded",
    ]

    /// The name of `subjectCode`, if known.
    public static func subjectName(_ subjectCode: String) -> String? {
        subjectNames[subjectCode]
    }

    /// The name of `reasonCode`, if known.
    public static func reasonName(_ reasonCode: String) -> String? {
        reasonNames[reasonCode]
    }
}
