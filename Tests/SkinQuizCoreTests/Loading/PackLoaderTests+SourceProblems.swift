extension PackLoaderTests {
  /// Broken mini packs whose sources or citations are wrong: missing, unknown or twice cited
  /// sources, identifiers of the wrong shape, and addresses that are not safe links.
  static let sourceProblems: [Fixture] = [
    Fixture(
      name: "benefit without a source", file: "findings.yaml",
      old: "    sources: [S1, S2]\n",
      new: "",
      expected: [
        "mini/findings.yaml:9:5: error: finding 'benefit_smooth' cites no source; every contraindication, caution, benefit and note needs one",
        "mini/sources.yaml:7:5: warning: source 'S2' is not cited by any finding",
      ]),
    Fixture(
      name: "unknown source", file: "findings.yaml",
      old: "sources: [S1, S2]",
      new: "sources: [S1, S3]",
      expected: [
        "mini/findings.yaml:14:19: error: finding 'benefit_smooth' cites unknown source 'S3' (did you mean 'S1'?)",
        "mini/sources.yaml:7:5: warning: source 'S2' is not cited by any finding",
      ]),
    Fixture(
      name: "source cited twice", file: "findings.yaml",
      old: "sources: [S1, S2]",
      new: "sources: [S1, S2, S1]",
      expected: [
        "mini/findings.yaml:14:23: error: finding 'benefit_smooth' cites source 'S1' twice"
      ]),
    Fixture(
      name: "source without url or citation", file: "sources.yaml",
      old: "    kind: trial\n    title: A trial\n    citation: J Skin 2020;1:1-2\n"
        + "    pmid: \"12345678\"\n",
      new: "    kind: news\n    title: A trial\n",
      expected: [
        "mini/sources.yaml:7:5: error: source 'S2' needs a 'url', 'citation', 'doi', 'pmid' or 'pmcid' so a reader can find it"
      ]),
    Fixture(
      name: "source without a kind", file: "sources.yaml",
      old: "    kind: trial\n",
      new: "",
      expected: ["mini/sources.yaml:7:5: error: source 'S2' has no 'kind'"]),
    Fixture(
      name: "source of an unknown kind", file: "sources.yaml",
      old: "kind: trial",
      new: "kind: trail",
      expected: [
        "mini/sources.yaml:8:11: error: source 'S2': unknown kind 'trail'; valid: label, regulator, guideline, systematic_review, trial, study, review, practice, news"
      ]),
    Fixture(
      name: "journal article without a DOI, PMID or PMCID", file: "sources.yaml",
      old: "    pmid: \"12345678\"\n",
      new: "",
      expected: [
        "mini/sources.yaml:8:11: error: source 'S2' is a trial, a journal article, so it needs a 'doi', a 'pmid' or a 'pmcid' that a reader can look up"
      ]),
    Fixture(
      name: "malformed DOI, PMID and PMCID", file: "sources.yaml",
      old: "    pmid: \"12345678\"\n",
      new: "    doi: doi:10.1000/x\n    pmid: PMID 123\n    pmcid: 6122507\n",
      expected: [
        "mini/sources.yaml:11:10: error: source 'S2': doi 'doi:10.1000/x' must be the DOI alone, such as 10.1001/jamadermatol.2013.8687, without a prefix",
        "mini/sources.yaml:12:11: error: source 'S2': pmid 'PMID 123' is not a PubMed id: it must be 1 to 9 digits, such as 24919799",
        "mini/sources.yaml:13:12: error: source 'S2': pmcid '6122507' is not a PubMed Central id: it must look like PMC6122507",
      ]),
    Fixture(
      name: "DOI of the wrong shape", file: "sources.yaml",
      old: "doi: 10.1000/review.1",
      new: "doi: 10.12/review.1",
      expected: [
        "mini/sources.yaml:5:10: error: source 'S1': doi '10.12/review.1' is not a DOI: it must look like 10.1001/jamadermatol.2013.8687"
      ]),
    Fixture(
      name: "a DOI link to another DOI", file: "sources.yaml",
      old: "url: https://example.org/review",
      new: "url: https://doi.org/10.1000/other.2",
      expected: [
        "mini/sources.yaml:6:10: error: source 'S1': url 'https://doi.org/10.1000/other.2' is a DOI link, but not to its doi '10.1000/review.1'"
      ]),
    Fixture(
      name: "shortened url", file: "sources.yaml",
      old: "url: https://example.org/review",
      new: "url: https://example.org/rev...",
      expected: [
        "mini/sources.yaml:6:10: error: source 'S1': url 'https://example.org/rev...' is shortened with '...'; give the whole address"
      ]),
    Fixture(
      name: "url without a host", file: "sources.yaml",
      old: "url: https://example.org/review",
      new: "url: https://localhost/review",
      expected: [
        "mini/sources.yaml:6:10: error: source 'S1': url 'https://localhost/review' has no valid host name ('localhost')"
      ]),
    Fixture(
      name: "a DOI link over http or dx to another DOI", file: "sources.yaml",
      old: "url: https://example.org/review",
      new: "url: http://dx.doi.org/10.1000/other.2",
      expected: [
        "mini/sources.yaml:6:10: error: source 'S1': url 'http://dx.doi.org/10.1000/other.2' is a DOI link, but not to its doi '10.1000/review.1'"
      ]),
    Fixture(
      name: "url with a bad port, a bad label and letters outside ASCII", file: "sources.yaml",
      old: "url: https://example.org/review",
      new: "url: https://example.org:https/review",
      more: [
        .init(
          file: "sources.yaml", old: "    pmid: \"12345678\"\n",
          new: "    pmid: \"012345678\"\n    url: https://bücher.de/x\n")
      ],
      expected: [
        "mini/sources.yaml:6:10: error: source 'S1': url 'https://example.org:https/review' has a port that is not a number ('https')",
        "mini/sources.yaml:11:11: error: source 'S2': pmid '012345678' is not a PubMed id: it cannot start with 0",
        "mini/sources.yaml:12:10: error: source 'S2': url 'https://bücher.de/x' has a host name with letters outside ASCII ('bücher.de'); write it in punycode (xn--)",
      ]),
    Fixture(
      name: "url with an empty host label", file: "sources.yaml",
      old: "url: https://example.org/review",
      new: "url: https://-example..org/review",
      expected: [
        "mini/sources.yaml:6:10: error: source 'S1': url 'https://-example..org/review' has no valid host name ('-example..org')"
      ]),
    Fixture(
      name: "a source id with markup", file: "sources.yaml",
      old: "id: S1\n", new: "id: \"S1](javascript:x)\"\n",
      expected: [
        // The findings cite S1, which is now called something else.
        "mini/findings.yaml:8:15: error: finding 'ci_pregnant' cites unknown source 'S1' (did you mean 'S2'?)",
        "mini/findings.yaml:14:15: error: finding 'benefit_smooth' cites unknown source 'S1' (did you mean 'S2'?)",
        "mini/sources.yaml:2:5: warning: source 'S1](javascript:x)' is not cited by any finding",
        "mini/sources.yaml:2:9: error: source id 'S1](javascript:x)' must be letters, digits, '_' and '-', such as S12 or who_2020",
      ]),
    Fixture(
      name: "a url with an angle bracket", file: "sources.yaml",
      old: "url: https://example.org/review", new: "url: https://example.org/a>b",
      expected: [
        "mini/sources.yaml:6:10: error: source 'S1': url 'https://example.org/a>b' contains '>', which a web address writes as %3E"
      ]),
    Fixture(
      name: "source url that is not a link", file: "sources.yaml",
      old: "url: https://example.org/review",
      new: "url: example.org/review",
      expected: [
        "mini/sources.yaml:6:10: error: source 'S1': url 'example.org/review' must start with https:// or http://"
      ]),
  ]
}
