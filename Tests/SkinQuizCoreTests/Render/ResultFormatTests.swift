import SkinQuizCore
import Testing

@Suite struct ResultFormatTests {
  @Test(arguments: ResultFormat.allCases)
  func every_extension_of_a_format_names_it(_ format: ResultFormat) {
    for fileExtension in format.fileExtensions {
      #expect(ResultFormat(fileName: "result." + fileExtension) == format, "\(fileExtension)")
      #expect(ResultFormat(fileName: "RESULT." + fileExtension.uppercased()) == format)
    }
    #expect(format.fileExtension == format.fileExtensions[0])
  }

  @Test func the_longest_matching_extension_wins() {
    #expect(ResultFormat(fileName: "a.fhir.json") == .fhir)
    #expect(ResultFormat(fileName: "a.json") == .json)
    #expect(ResultFormat(fileName: "fhir.json.txt") == .text)
  }

  @Test func a_name_without_a_known_extension_names_no_format() {
    for name in ["a.pdf", "a", "json", "a.json.bak", "a.fhirjson", ".md.tmp"] {
      #expect(ResultFormat(fileName: name) == nil, "\(name)")
    }
  }

  @Test func the_extensions_in_words_list_the_usual_one_of_each_format() {
    #expect(ResultFormat.extensionsInWords == ".txt, .md, .html, .json or .fhir.json")
  }
}
