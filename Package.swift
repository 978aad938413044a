// swift-tools-version: 6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "SkinQuiz",
  products: [
    .executable(name: "skinquiz", targets: ["skinquiz"]),
    .library(name: "SkinQuizCore", targets: ["SkinQuizCore"]),
  ],
  targets: [
    // Text for fixed-width cells: display width, wrapping, and the control and bidi characters
    // that must not reach a terminal. Depends on nothing.
    .target(
      name: "TextLayout",
      swiftSettings: swiftSettings
    ),
    // The command line as data (options, arguments, subcommands), parsed, and written out as
    // help, usage errors, completion scripts and a manual page. Depends on nothing, so the
    // program links no argument parser and no Foundation for it (BENCHMARKS.md).
    .target(
      name: "CommandLineKit",
      swiftSettings: swiftSettings
    ),
    // The drawing surface: a canvas of styled cells, keys, sizes and the small `Terminal`
    // protocol that screens draw on. Depends only on TextLayout, so a terminal back end needs
    // nothing of the questionnaire.
    .target(
      name: "DrawingSurface",
      dependencies: ["TextLayout"],
      swiftSettings: swiftSettings
    ),
    // libyaml: the YAML reader drives its event parser. No pkgConfig: pkg-config's "-lyaml"
    // would link the shared library on Linux too.
    .systemLibrary(name: "CYAML", providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
    // The questionnaire engine: pack model and loader, condition language, engine, checks and
    // report renderers. No terminal code lives here.
    .target(
      name: "SkinQuizCore",
      dependencies: ["CYAML", "TextLayout"],
      swiftSettings: swiftSettings,
      linkerSettings: [
        // On Linux libyaml's static archive, so that the shipped binary does not need
        // libyaml-0.so.2 where it runs: GNU ld's "-l:" names the file itself. Apple's linker
        // has no "-l:"; there the binary uses Homebrew's libyaml, as it uses its ncurses.
        .linkedLibrary(":libyaml.a", .when(platforms: [.linux])),
        .linkedLibrary("yaml", .when(platforms: [.macOS])),
      ]
    ),
    // Writes the default pack (Data/microneedling) into Swift source at build time, so the binary
    // carries its pack wherever it is copied and starts without parsing it.
    .executableTarget(
      name: "PackEmbedder",
      dependencies: ["SkinQuizCore"],
      swiftSettings: swiftSettings
    ),
    .plugin(
      name: "EmbedDefaultPack",
      capability: .buildTool(),
      dependencies: ["PackEmbedder"]
    ),
    .target(
      name: "DefaultPack",
      dependencies: ["SkinQuizCore"],
      swiftSettings: swiftSettings,
      plugins: ["EmbedDefaultPack"]
    ),
    // The interactive questionnaire: screens, keys and the plain line mode, drawn on a small
    // `Terminal` protocol. No curses here, so every screen is tested as a text grid.
    .target(
      name: "SkinQuizTUI",
      dependencies: ["SkinQuizCore", "DrawingSurface", "TextLayout"],
      swiftSettings: swiftSettings
    ),
    // ncursesw, with the declarations Swift cannot import on its own (see shim.h).
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]),
    // The ncurses `Terminal`: turns canvases into curses calls and curses input into keys, and
    // restores the terminal on every exit path. No screen or questionnaire logic.
    .target(
      name: "CursesTerminal",
      dependencies: ["CNcursesw", "DrawingSurface"],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "skinquiz",
      dependencies: [
        "SkinQuizCore",
        "SkinQuizTUI",
        "TextLayout",
        "CursesTerminal",
        "DefaultPack",
        "CommandLineKit",
      ],
      swiftSettings: swiftSettings
    ),
    // What tests, fuzz targets and the benchmarks share: the shipped pack read from the source
    // tree, and the splitmix64 generator. Depends only on SkinQuizCore, so that the fuzz build,
    // which leaves everything else out, has it too.
    .target(
      name: "Fixtures",
      dependencies: ["SkinQuizCore"],
      path: "Tests/Fixtures",
      swiftSettings: swiftSettings
    ),
    .target(
      name: "TestSupport",
      dependencies: ["SkinQuizCore", "SkinQuizTUI", "DrawingSurface"],
      path: "Tests/TestSupport",
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "TextLayoutTests",
      dependencies: ["TextLayout", "Fixtures"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "CommandLineKitTests",
      dependencies: ["CommandLineKit"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "DrawingSurfaceTests",
      dependencies: ["DrawingSurface"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "SkinQuizCoreTests",
      dependencies: ["SkinQuizCore", "TextLayout", "TestSupport", "Fixtures"],
      exclude: ["Render/Golden"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "SkinQuizTUITests",
      dependencies: [
        "SkinQuizTUI", "SkinQuizCore", "DrawingSurface", "TextLayout", "TestSupport", "Fixtures",
      ],
      exclude: ["App/Golden"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "CursesTerminalTests",
      dependencies: ["CursesTerminal", "CNcursesw", "DrawingSurface"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "DefaultPackTests",
      dependencies: ["DefaultPack", "SkinQuizCore"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "skinquizTests",
      dependencies: ["skinquiz", "TestSupport", "SkinQuizCore", "Fixtures"],
      exclude: ["Golden"],
      swiftSettings: swiftSettings
    ),
  ]
)

// The benchmark program that Benchmarks/run runs (see Benchmarks/README.md): the engine on the
// peer workload and on the shipped pack, and `skinquiz check`. Declared only when SKINQUIZ_BENCH
// is set, so that `swift build` and `swift test` never build it; Benchmarks/run sets it and
// builds it release in its own scratch folder.
if Context.environment["SKINQUIZ_BENCH"] != nil {
  package.targets.append(
    .executableTarget(
      name: "skinquiz-bench", dependencies: ["SkinQuizCore", "Fixtures"],
      path: "Benchmarks/skinquiz-bench", swiftSettings: swiftSettings))
}

// The libFuzzer targets (Fuzz/run; RELIABILITY.md), only when SKINQUIZ_FUZZ is set, so that
// `swift build` and `swift test` never see them. The package is then only SkinQuizCore (with
// TextLayout and CYAML), Fixtures and the fuzz targets: `--sanitize fuzzer` builds every
// executable as a library, so the tool of the DefaultPack plugin would fail to build (and
// SkinQuizCore be rebuilt for it on every build). The targets read the shipped pack from Data/
// at run time instead. SkinQuizCore is built with -enable-testing: the condition parser and
// resolver are internal, and the fuzz targets reach them with `@testable import`.
if Context.environment["SKINQUIZ_FUZZ"] != nil {
  package.products = []
  package.targets.removeAll {
    !["CYAML", "SkinQuizCore", "TextLayout", "Fixtures"].contains($0.name)
  }
  for target in package.targets where target.type != .system {
    target.swiftSettings = swiftSettings + [.unsafeFlags(["-enable-testing"])]
  }
  package.targets.append(
    .target(
      name: "FuzzSupport", dependencies: ["SkinQuizCore", "Fixtures"], path: "Fuzz/Support",
      swiftSettings: swiftSettings))
  package.targets += ["PackLoader", "Condition", "AnswersFile", "TextWrapper"].map { name in
    .executableTarget(
      name: "Fuzz\(name)", dependencies: ["SkinQuizCore", "TextLayout", "Fixtures", "FuzzSupport"],
      path: "Fuzz/\(name)",
      swiftSettings: swiftSettings)
  }
}
