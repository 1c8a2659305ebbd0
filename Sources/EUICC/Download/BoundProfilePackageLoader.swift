import SGP22
import SSPCrypto
import SwiftASN1

/// The ISD-R's side of the BSP session once InitialiseSecureChannel has been accepted: it takes the remaining
/// segments of the Bound Profile Package in the order SGP.22 §2.5.5 sends them, verifies and decrypts each,
/// and collects ConfigureISDP, StoreMetadata and the profile package in memory. Nothing is written to the card
/// until the last '86' has arrived (see ``EUICC/installProfile(_:)``).
struct BoundProfilePackageLoader: Sendable {
    /// What one accepted segment completed.
    enum Progress: Sendable {
        /// More segments are expected.
        case continuing
        /// The last '88': StoreMetadata is complete (with its DER as received).
        case metadataComplete(StoreMetadataRequest, der: [UInt8])
        /// The last '86': the profile package is complete.
        case packageComplete
    }

    let transactionId: TransactionId
    private(set) var reader: BoundProfilePackageSegmentReader
    private var bsp: BSPSession
    /// The command the next segment belongs to, for error reports.
    private(set) var currentCommand = BppCommandId.configureISDP

    /// ConfigureISDP's DpProprietaryData, if any, as DER.
    private(set) var dpProprietaryData: [UInt8]?
    private var metadataBytes: [UInt8] = []
    private var metadataRemaining = 0
    /// StoreMetadata, once complete.
    private(set) var metadata: StoreMetadataRequest?
    private(set) var metadataDER: [UInt8]?
    /// The decrypted profile package received so far.
    private(set) var profilePackage: [UInt8] = []

    init(transactionId: TransactionId, reader: BoundProfilePackageSegmentReader, bsp: BSPSession) {
        self.transactionId = transactionId
        self.reader = reader
        self.bsp = bsp
    }

    /// Takes the next segment (a whole STORE DATA command) after the first.
    mutating func accept(_ segment: [UInt8]) throws(InstallationFailure) -> Progress {
        let part: BoundProfilePackageSegment
        do {
            part = try reader.read(segment)
        } catch {
            throw InstallationFailure(currentCommand, .scp03tStructureError, error.description)
        }
        switch part {
        case .initialiseSecureChannel:
            throw InstallationFailure(currentCommand, .scp03tStructureError, "a second InitialiseSecureChannel")
        case .firstSequenceOf87:
            let plaintext = try unprotectList(segment, tag: .encryptedCommand, command: .configureISDP)
            let request: ConfigureISDPRequest
            do {
                request = try ConfigureISDPRequest(derBytes: plaintext)
            } catch {
                throw InstallationFailure(.configureISDP, .incorrectInputValues, "ConfigureISDP: \(error)")
            }
            dpProprietaryData = try request.dpProprietaryData.map { data throws(InstallationFailure) in
                do { return try data.derBytes() } catch {
                    throw InstallationFailure(.configureISDP, .incorrectInputValues, "DpProprietaryData: \(error)")
                }
            }
            currentCommand = .storeMetadata
            return .continuing
        case .sequenceOf88Header(let length):
            metadataRemaining = length
            currentCommand = .storeMetadata
            return length == 0 ? try completeMetadata() : .continuing
        case .sequenceOf88Element:
            metadataBytes += try unprotect(segment, tag: .metadata, command: .storeMetadata)
            metadataRemaining -= segment.count
            return metadataRemaining == 0 ? try completeMetadata() : .continuing
        case .secondSequenceOf87:
            currentCommand = .replaceSessionKeys
            let plaintext = try unprotectList(segment, tag: .encryptedCommand, command: .replaceSessionKeys)
            do {
                let request = try ReplaceSessionKeysRequest(derBytes: plaintext)
                bsp.replaceSessionKeys(
                    with: try BSPSessionKeys(
                        encryptionKey: request.ppkEnc, macKey: request.ppkCmac,
                        initialMacChainingValue: request.initialMacChainingValue))
            } catch {
                throw InstallationFailure(.replaceSessionKeys, .incorrectInputValues, "ReplaceSessionKeys: \(error)")
            }
            currentCommand = .loadProfileElements
            return .continuing
        case .sequenceOf86Header:
            currentCommand = .loadProfileElements
            return reader.isComplete ? .packageComplete : .continuing
        case .sequenceOf86Element:
            profilePackage += try unprotect(segment, tag: .profileElements, command: .loadProfileElements)
            return reader.isComplete ? .packageComplete : .continuing
        }
    }

    private mutating func completeMetadata() throws(InstallationFailure) -> Progress {
        do {
            let request = try StoreMetadataRequest(derBytes: metadataBytes)
            metadata = request
            metadataDER = metadataBytes
            // Next come the profile elements (possibly after ReplaceSessionKeys).
            currentCommand = .loadProfileElements
            return .metadataComplete(request, der: metadataBytes)
        } catch {
            throw InstallationFailure(.storeMetadata, .incorrectInputValues, "StoreMetadata: \(error)")
        }
    }

    /// Verifies and (for '86' and '87') decrypts one segment TLV.
    private mutating func unprotect(
        _ segment: [UInt8], tag: BSPSegmentTag, command: BppCommandId
    ) throws(InstallationFailure) -> [UInt8] {
        do {
            return try bsp.unprotectSegment(segment, expecting: tag)
        } catch let error as SSPCryptoError {
            if case .macMismatch = error {
                throw InstallationFailure(command, .scp03tSecurityError, error.description)
            }
            throw InstallationFailure(command, .scp03tStructureError, error.description)
        } catch {
            throw InstallationFailure(command, .scp03tStructureError, "\(error)")
        }
    }

    /// The '87' segments inside an 'A0' or 'A2' TLV, exactly as received (the C-MAC covers their length bytes).
    private mutating func unprotectList(
        _ container: [UInt8], tag: BSPSegmentTag, command: BppCommandId
    ) throws(InstallationFailure) -> [UInt8] {
        let segments: [BSPSegment]
        do {
            let (_, fieldSize) = try BERLength.decode(container, at: 1)
            segments = try BSPSegment.parseAll(container[(1 + fieldSize)...])
        } catch {
            throw InstallationFailure(command, .scp03tStructureError, "\(error)")
        }
        guard !segments.isEmpty else {
            throw InstallationFailure(command, .scp03tStructureError, "no '87' segment in the container")
        }
        var plaintext: [UInt8] = []
        for segment in segments {
            plaintext += try unprotect(segment.encoded, tag: tag, command: command)
        }
        return plaintext
    }
}
