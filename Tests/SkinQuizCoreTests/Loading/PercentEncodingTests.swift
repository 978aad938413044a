import Testing

@testable import SkinQuizCore

/// DOI links are compared with their `doi` after `%XX` escapes are read, as a browser would.
@Suite struct PercentEncodingTests {
  @Test func escapes_are_read_as_the_bytes_they_stand_for() {
    #expect("10.1000%2Fabc".removingPercentEncoding() == "10.1000/abc")
    #expect("a%3c%3E".removingPercentEncoding() == "a<>")
    #expect("caf%C3%A9".removingPercentEncoding() == "café")
    #expect("plain".removingPercentEncoding() == "plain")
    #expect("".removingPercentEncoding() == "")
  }

  @Test func a_broken_escape_or_bytes_that_are_not_utf8_give_nothing() {
    for broken in ["%", "%2", "%zz", "a%2g", "%C3", "%FF"] {
      #expect(broken.removingPercentEncoding() == nil, "\(broken)")
    }
  }

  @Test func a_doi_link_is_read_through_its_escapes() {
    #expect(
      ReferenceSyntax.doiLinked(by: "https://doi.org/10.1000%2Freview.1/") == "10.1000/review.1")
  }
}
