import SGP22
import SSPPKI
import Testing

@testable import ISSP

@Suite("Primary Platform identifier, part number and limits")
struct PlatformDescriptionTests {
    @Test("The part number has a text form that round-trips")
    func partNumber() throws {
        let number = try PrimaryPlatformPartNumber(parsing: "Acme/iSSP-7/EAL5+/2.1.3")
        #expect(number.maker == "Acme")
        #expect(number.model == "iSSP-7")
        #expect(number.assuranceLevel == (try AssuranceLevel(level: 5, augmented: true)))
        #expect(number.spblVersion == VersionType(major: 2, minor: 1, revision: 3))
        #expect(number.description == "Acme/iSSP-7/EAL5+/2.1.3")
        #expect(PrimaryPlatformPartNumber(number.description) == number)
        #expect(PlatformConfiguration.labPartNumber.description == "SSPLab/vISSP/EAL4+/1.0.0")
        let longest = String(repeating: "M", count: 20) + "/" + String(repeating: "m", count: 20) + "/EAL7+/255.255.255"
        #expect(longest.count <= 64)
        #expect(PrimaryPlatformPartNumber(longest) != nil)
    }

    @Test("Malformed part numbers are refused with the reason", arguments: [
        "", "Acme", "Acme/iSSP/EAL4", "Acme/iSSP/EAL8/1.0.0", "Acme/iSSP/EAL4/1.0", "Acme/iSSP/EAL4/1.0.256",
        "/iSSP/EAL4/1.0.0", "Acme Corp/iSSP/EAL4/1.0.0", "Acme/iSSP/AL4/1.0.0", "Acme/iSSP/EAL4/1.0.0/x",
        String(repeating: "A", count: 21) + "/m/EAL4/1.0.0", "Acme/iSSP/EAL4++/1.0.0", "Acme/iSSP/EAL/1.0.0",
    ])
    func malformedPartNumber(_ text: String) {
        #expect(throws: PlatformDescriptionError.self) { try PrimaryPlatformPartNumber(parsing: text) }
        #expect(PrimaryPlatformPartNumber(text) == nil)
    }

    @Test("Assurance levels order and print")
    func assuranceLevels() throws {
        #expect(try AssuranceLevel("eal4+").description == "EAL4+")
        #expect(try AssuranceLevel("EAL4") < AssuranceLevel("EAL4+"))
        #expect(try AssuranceLevel("EAL4+") < AssuranceLevel("EAL5"))
        #expect(throws: PlatformDescriptionError.self) { try AssuranceLevel(level: 0) }
    }

    @Test("Limits are checked")
    func limits() throws {
        try PlatformLimits().validate()
        #expect(throws: PlatformDescriptionError.self) {
            try PlatformLimits(maximumActiveBundles: 3, modemPorts: 2).validate()
        }
        #expect(throws: PlatformDescriptionError.self) { try PlatformLimits(maximumActiveBundles: 0).validate() }
        #expect(throws: PlatformDescriptionError.self) { try PlatformLimits(bundleMemory: 0).validate() }
    }

    @Test("The platform identifier is 8 groups of 4 upper-case characters")
    func identifier() throws {
        let identifier = try PrimaryPlatformIdentifier.random(makerCode: "55aa")
        #expect(identifier.value.count == 39)
        #expect(identifier.makerCode == "55AA")
        #expect(identifier.value.split(separator: "-").allSatisfy { $0.count == 4 })
        #expect(try PrimaryPlatformIdentifier("55aa-0f3c-9d21-7b40-e6a8-1c5f-3b92-d074").value
            == "55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D074")
        for bad in ["55AA-0F3C", "55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D07", "55AA_0F3C-9D21-7B40-E6A8-1C5F-3B92-D074x"] {
            #expect(throws: PKIBuilderError.self) { try PrimaryPlatformIdentifier(bad) }
        }
    }
}
