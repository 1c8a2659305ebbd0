// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ssp-provisioning",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ssp", targets: ["ssp"]),
        .library(name: "SSPCrypto", targets: ["SSPCrypto"]),
        .library(name: "SSPPKI", targets: ["SSPPKI"]),
        .library(name: "SGP22", targets: ["SGP22"]),
        .library(name: "SAIP", targets: ["SAIP"]),
        .library(name: "APDU", targets: ["APDU"]),
        .library(name: "EUICC", targets: ["EUICC"]),
        .library(name: "SMDPPlus", targets: ["SMDPPlus"]),
        .library(name: "LPA", targets: ["LPA"]),
        .library(name: "SSPLab", targets: ["SSPLab"]),
        .library(name: "SPB", targets: ["SPB"]),
        .library(name: "ISSP", targets: ["ISSP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // PKI + crypto: ECDSA in SGP.22's raw form, ECKA, X9.63 KDF, SCP03t (BSP).
        .target(
            name: "SSPCrypto",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // Certificate roles, issuance of the test hierarchy, one chain verifier.
        .target(
            name: "SSPPKI",
            dependencies: [
                "SSPCrypto",
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The SGP.22 wire model: ASN.1 (ES10a/b/c, ES8+), ES9+/ES2+ JSON, identifiers.
        .target(
            name: "SGP22",
            dependencies: [
                "SSPCrypto",
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "X509", package: "swift-certificates"),
            ]
        ),
        // TCA eUICC Profile Package (SAIP) reading.
        .target(
            name: "SAIP",
            dependencies: [
                "SGP22",
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        // ISO/IEC 7816-4 on both sides: card-side channels, STORE DATA chaining and GET RESPONSE,
        // terminal-side ES10 transport, and the vsmartcard vpcd bridge to PC/SC.
        .target(name: "APDU"),
        // The SGP.22 eUICC: ISD-R, ECASD, ISD-Ps, ES10a/b/c and the card half of ES8+, persisted in SQLite.
        .target(
            name: "EUICC",
            dependencies: [
                "SSPCrypto", "SSPPKI", "SGP22", "SAIP", "APDU",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The SM-DP+: ES2+ orders, the profile inventory, ES9+ sessions and the bound profile package,
        // behind one storage interface (SQLite by default), served over HTTPS by Hummingbird.
        .target(
            name: "SMDPPlus",
            dependencies: [
                "SSPCrypto", "SSPPKI", "SGP22", "SAIP",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The project-defined Si2 (LBA ↔ SPB Manager) and Si3 (LBA ↔ SPBL) wire model, SPB metadata,
        // SSP activation codes and the bound SPB image.
        .target(
            name: "SPB",
            dependencies: [
                "SSPCrypto", "SGP22",
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The iSSP: Primary Platform, SPB Loader, Telecom Bundles (Standalone, RSP, M2M) and their states.
        .target(
            name: "ISSP",
            dependencies: [
                "SSPCrypto", "SSPPKI", "SGP22", "SAIP", "APDU", "EUICC", "SPB",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // The LPA inside the LBA: ES9+ client over HTTPS, ES10 client over APDUs, notifications.
        .target(
            name: "LPA",
            dependencies: [
                "SGP22", "APDU", "SSPPKI", "SSPCrypto",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The local lab: PKI, SM-DP+ and virtual devices wired together, for `ssp lab up`, tests and benchmarks.
        .target(
            name: "SSPLab",
            dependencies: [
                "SMDPPlus", "LPA", "EUICC", "APDU", "SGP22", "SSPPKI",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The `ssp` command tree, as a library so tests can drive it.
        .target(
            name: "SSPCLI",
            dependencies: [
                "SSPCrypto", "SSPPKI", "SGP22", "SAIP", "APDU", "EUICC", "SMDPPlus", "LPA", "SSPLab",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "X509", package: "swift-certificates"),
            ]
        ),
        .executableTarget(name: "ssp", dependencies: ["SSPCLI"]),

        .testTarget(
            name: "SSPCryptoTests",
            dependencies: [
                "SSPCrypto", "SGP22",
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .testTarget(name: "SSPPKITests", dependencies: ["SSPPKI", "SSPCLI"]),
        .testTarget(
            name: "SGP22Tests",
            dependencies: [
                "SGP22", "SSPPKI", "SSPCrypto",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        .testTarget(name: "SAIPTests", dependencies: ["SAIP", "SGP22"]),
        .testTarget(name: "APDUTests", dependencies: ["APDU"]),
        .testTarget(
            name: "SMDPPlusTests",
            dependencies: [
                "SMDPPlus", "EUICC", "APDU", "SGP22", "SSPPKI", "SSPCrypto", "SAIP",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .testTarget(
            name: "LPATests",
            dependencies: [
                "LPA", "SMDPPlus", "EUICC", "APDU", "SGP22", "SSPPKI", "SSPCrypto", "SAIP",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(name: "SPBTests", dependencies: ["SPB", "SGP22", "SSPCrypto", "SSPPKI"]),
        .testTarget(
            name: "ISSPTests",
            dependencies: [
                "ISSP", "SPB", "EUICC", "APDU", "SGP22", "SSPPKI", "SSPCrypto", "SAIP",
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Whole-system tests across processes and real peers: power cuts, PC/SC through pcscd.
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "SSPLab", "LPA", "SMDPPlus", "EUICC", "APDU", "SGP22", "SSPPKI", "SSPCrypto", "SAIP",
            ],
            exclude: ["Scripts"]
        ),
        .testTarget(name: "EUICCTests", dependencies: ["EUICC", "APDU", "SGP22", "SSPPKI", "SSPCrypto", "SAIP"]),
    ]
)
