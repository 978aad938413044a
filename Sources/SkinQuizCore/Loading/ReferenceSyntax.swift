/// The rules a source's link and identifiers follow, so that a reader can follow each one.
///
/// Each returns `nil` when the value is well formed, or what is wrong with it in words.
enum ReferenceSyntax {
  /// Whether `tag` has the shape of a BCP 47 language tag.
  ///
  /// A language of 2 or 3 letters, then subtags of 1 to 8 letters or digits (`en`, `fr-CA`,
  /// `zh-Hant-TW`): what HTML's `lang` and FHIR's `language` take as they are.
  static func isLanguageTag(_ tag: String) -> Bool {
    let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, (2...3).contains(first.count),
      first.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return false }
    return parts.dropFirst().allSatisfy { part in
      (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
  }

  /// A web address: `https://` or `http://`, a host name of dot-separated labels (letters,
  /// digits and inner hyphens), an optional numeric port, no spaces or control characters, and
  /// not shortened with an ellipsis (a shortened link leads nowhere).
  static func urlProblem(_ url: String) -> String? {
    let scheme = ["https://", "http://"].first { url.hasPrefix($0) }
    guard let scheme else { return "must start with https:// or http://" }
    if url.contains("...") || url.contains("…") {
      return "is shortened with '...'; give the whole address"
    }
    if url.unicodeScalars.contains(where: {
      $0.properties.isWhitespace || $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
    }) {
      return "contains a space or a control character"
    }
    if let bad = url.first(where: { "<>\"`{}|\\^".contains($0) }) {
      let code = String(bad.asciiValue ?? 0, radix: 16, uppercase: true)
      return "contains '\(bad)', which a web address writes as %\(code)"
    }
    let authority = url.dropFirst(scheme.count).prefix { !"/?#".contains($0) }
    let parts = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let host = parts[0]
    if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) {
      return "has a port that is not a number ('\(parts[1])')"
    }
    if !host.allSatisfy(\.isASCII) {
      return "has a host name with letters outside ASCII ('\(host)'); write it in punycode (xn--)"
    }
    let labels = host.split(separator: ".", omittingEmptySubsequences: false)
    let isValid =
      labels.count >= 2
      && labels.allSatisfy { label in
        !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
          && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
      }
    return isValid ? nil : "has no valid host name ('\(host)')"
  }

  /// The DOI a `doi.org` link leads to (with or without `dx.`, over https or http), or `nil`
  /// for any other link.
  static func doiLinked(by url: String) -> String? {
    let lowered = url.lowercased()
    let prefix = [
      "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
    ]
    .first { lowered.hasPrefix($0) }
    guard let prefix else { return nil }
    var doi = String(url.dropFirst(prefix.count))
    doi = doi.removingPercentEncoding() ?? doi
    while doi.hasSuffix("/") { doi.removeLast() }
    return doi
  }

  /// A DOI as Crossref and DataCite issue them: `10.`, a registrant code of 4 to 9 digits, `/`,
  /// and a suffix of visible characters, without a `doi:` or `https://doi.org/` prefix.
  static func doiProblem(_ doi: String) -> String? {
    if doi.lowercased().hasPrefix("doi:") || doi.contains("doi.org/") {
      return "must be the DOI alone, such as 10.1001/jamadermatol.2013.8687, without a prefix"
    }
    let parts = doi.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    let registrant = parts[0].dropFirst(3)
    guard parts.count == 2, parts[0].hasPrefix("10."), (4...9).contains(registrant.count),
      registrant.allSatisfy({ $0.isASCII && $0.isNumber }), !parts[1].isEmpty,
      parts[1].unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
    else {
      return "is not a DOI: it must look like 10.1001/jamadermatol.2013.8687"
    }
    return nil
  }

  /// A PubMed identifier: 1 to 9 digits, not starting with 0.
  static func pmidProblem(_ pmid: String) -> String? {
    guard (1...9).contains(pmid.count), pmid.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return "is not a PubMed id: it must be 1 to 9 digits, such as 24919799"
    }
    return pmid.hasPrefix("0") ? "is not a PubMed id: it cannot start with 0" : nil
  }

  /// A PubMed Central identifier: `PMC` and 1 to 9 digits.
  static func pmcidProblem(_ pmcid: String) -> String? {
    let digits = pmcid.dropFirst(3)
    let isValid =
      pmcid.hasPrefix("PMC") && (1...9).contains(digits.count)
      && digits.allSatisfy { $0.isASCII && $0.isNumber }
    return isValid ? nil : "is not a PubMed Central id: it must look like PMC6122507"
  }
}
