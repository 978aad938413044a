// swift-tools-version: 6.0
// The Swift floors of Benchmarks/run's tty part: the least a Swift ncursesw program does to
// show floor.c's menu, with nothing, FoundationEssentials, swift-argument-parser or full
// Foundation linked in. A package of its own, so the main package never builds it.
import PackageDescription

let package = Package(
  name: "SkinQuizFloors",
  products: [
    .executable(name: "floor_swift", targets: ["floor_swift"]),
    .executable(name: "floor_essentials", targets: ["floor_essentials"]),
    .executable(name: "floor_argparser", targets: ["floor_argparser"]),
    .executable(name: "floor_foundation", targets: ["floor_foundation"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // ncursesw as the main package reaches it (Sources/CNcursesw), cut to what the menu needs.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]),
    // floor.c's menu in Swift, shared by every floor so that they differ only in what they link.
    .target(name: "FloorMenu", dependencies: ["CNcursesw"]),
    // JSONEncoder and Date from FoundationEssentials, run at start-up by the floors that link it.
    .target(name: "FloorEssentials"),
    // Swift and ncursesw, no Foundation of any kind.
    .executableTarget(name: "floor_swift", dependencies: ["FloorMenu"]),
    // The same plus FoundationEssentials (JSONEncoder, Date), as SkinQuiz without ICU would be.
    .executableTarget(name: "floor_essentials", dependencies: ["FloorMenu", "FloorEssentials"]),
    // floor_essentials plus swift-argument-parser reading the `wait` argument.
    .executableTarget(
      name: "floor_argparser",
      dependencies: [
        "FloorMenu", "FloorEssentials",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // floor_swift plus full Foundation (FileHandle.standardError), ICU and all.
    .executableTarget(name: "floor_foundation", dependencies: ["FloorMenu"]),
  ]
)
