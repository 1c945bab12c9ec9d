// swift-tools-version:5.9
// The doctrack iOS demo's code as a Swift package:
//   DocTrackFFI     the Rust library as an XCFramework, with the C headers of
//                   both generated modules (build it first: README.md)
//   DocTrack        the generated Swift bindings, two files compiled as one
//                   module: DocTrackCore.swift (the core's records, enums and
//                   error) and DocTrack.swift (the store, the key wrapper, the
//                   free functions), copied from target/bindings/swift
//   DocTrackDemoKit the app's logic and SwiftUI screens
// The app target itself (App/DocTrackDemoApp.swift, Info.plist) is generated
// by XcodeGen from project.yml, or added to any Xcode app project.
import PackageDescription

let package = Package(
    name: "DocTrackDemo",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "DocTrackDemoKit", targets: ["DocTrackDemoKit"]),
    ],
    targets: [
        .binaryTarget(name: "DocTrackFFI", path: "Frameworks/DocTrackFFI.xcframework"),
        .target(name: "DocTrack", dependencies: ["DocTrackFFI"], path: "Sources/DocTrack"),
        .target(name: "DocTrackDemoKit", dependencies: ["DocTrack"], path: "Sources/DocTrackDemoKit"),
    ]
)
