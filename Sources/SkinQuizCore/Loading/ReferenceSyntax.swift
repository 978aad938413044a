/// The rules a source's link and identifiers follow, so that a reader can follow each one.
///
/// Each returns `nil` when the value is well formed, or what is wrong with it in words.
enum ReferenceSyntax {
  /// A web address: `https://` or `http://`, a host with a dot, no spaces or control
  /// characters, and not shortened with an ellipsis (a shortened link leads nowhere).
  static func urlProblem(_ url: String) -> String? {
    let scheme = ["https://", "http://"].first { url.hasPrefix($0) }
    guard let scheme else { return "must start with https:// or http://" }
    if url.contains("...") || url.contains("…") {
      return "is shortened with '...'; give the whole address"
    }
    if url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) {
      return "contains a space or a control character"
    }
    let rest = url.dropFirst(scheme.count)
    let host = rest.prefix { !"/?#".contains($0) }
    let hostIsValid =
      host.contains(".") && !host.hasPrefix(".") && !host.hasSuffix(".")
      && host.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "." || $0 == "-" || $0 == ":"
      }
    if !hostIsValid { return "has no valid host name ('\(host)')" }
    return nil
  }

  /// A DOI as the DOI Handbook writes it: `10.`, a registrant code of 4 to 9 digits, `/`, and a
  /// suffix of visible characters, without a `doi:` or `https://doi.org/` prefix.
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
    let isValid =
      (1...9).contains(pmid.count) && pmid.allSatisfy { $0.isASCII && $0.isNumber }
      && !pmid.hasPrefix("0")
    return isValid ? nil : "is not a PubMed id: it must be digits only, such as 24919799"
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
