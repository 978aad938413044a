import DefaultPack
import SkinQuizCore
import Testing

@Suite struct DefaultPackTests {
  /// The pack loaded from the embedded YAML texts, as `--pack Data/microneedling` would load it.
  func loadedFromTexts() throws -> Pack {
    try PackLoader.loadOrThrow(
      PackFiles(folder: DefaultPack.path, texts: DefaultPack.texts), withTests: false)
  }

  @Test func the_pack_built_into_the_binary_is_the_pack_its_yaml_describes() throws {
    let loaded = try loadedFromTexts()
    // Field by field first, so that a difference names the part that differs.
    #expect(DefaultPack.pack.intro == loaded.intro)
    #expect(DefaultPack.pack.questions == loaded.questions)
    #expect(DefaultPack.pack.findings == loaded.findings)
    #expect(DefaultPack.pack.verdicts == loaded.verdicts)
    #expect(DefaultPack.pack.sources == loaded.sources)
    #expect(DefaultPack.pack == loaded)
    #expect(DefaultPack.identity == (loaded.id, loaded.version))
  }

  @Test func the_built_in_pack_leaves_its_tests_to_check() throws {
    #expect(DefaultPack.pack.tests.isEmpty)
    let withTests = try PackLoader.loadOrThrow(
      PackFiles(folder: DefaultPack.path, texts: DefaultPack.texts))
    #expect(!withTests.tests.isEmpty)
  }

  @Test func the_embedded_texts_are_the_files_in_the_source_tree() throws {
    #expect(DefaultPack.path == "Data/microneedling")
    #expect(DefaultPack.files.map(\.name) == DefaultPack.files.map(\.name).sorted())
    #expect(DefaultPack.texts.keys.sorted() == PackFiles.names.sorted())
  }
}
