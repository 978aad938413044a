import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// One broken mini pack per check, each with the exact diagnostics it must produce.
@Suite struct PackLoaderTests {
  struct Fixture: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var old: String
    var new: String
    /// Further edits, as (file, old, new).
    var more: [Edit] = []
    var expected: [String]
    var testDescription: String { name }

    struct Edit: Sendable {
      var file: String
      var old: String
      var new: String
    }

    var files: PackFiles {
      var files = MiniPack.files(in: file, replacing: old, with: new)
      for edit in more {
        let text = files.texts[edit.file] ?? ""
        precondition(text.contains(edit.old), "\(edit.file) has no '\(edit.old)'")
        files.texts[edit.file] = text.replacingOccurrences(of: edit.old, with: edit.new)
      }
      return files
    }
  }

  static let fixtures: [Fixture] = [
    Fixture(
      name: "YAML syntax error", file: "questions.yaml",
      old: "    text: Where?",
      new: "    text: [Where?",
      expected: [
        "mini/questions.yaml:17:9: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 16)"
      ]),
    Fixture(
      name: "duplicate key", file: "findings.yaml",
      old: "    title: Sun\n",
      new: "    title: Sun\n    title: Sunshine\n",
      expected: [
        "mini/findings.yaml:23:5: error: key 'title' appears more than once in this mapping"
      ]),
    Fixture(
      name: "unknown key", file: "findings.yaml",
      old: "    title: Sun\n",
      new: "    tittle: Sun\n",
      expected: [
        "mini/findings.yaml:20:5: error: finding 'aftercare_sun' has no 'title'",
        "mini/findings.yaml:23:5: error: unknown key 'tittle' in finding 'aftercare_sun' (did you mean 'title'?); allowed: id, kind, when, floor, title, text, sources, ask",
      ]),
    Fixture(
      name: "missing field", file: "questions.yaml",
      old: "    text: Are you pregnant?\n",
      new: "",
      expected: [
        "mini/questions.yaml:24:5: error: question 'pregnant' has no 'text'"
      ]),
    Fixture(
      name: "badly formed id", file: "questions.yaml",
      old: "id: smooth_area",
      new: "id: Smooth-Area",
      expected: [
        "mini/findings.yaml:17:11: error: finding 'info_neck': unknown question 'smooth_area' (did you mean 'Smooth-Area'?)",
        "mini/questions.yaml:14:9: error: question id 'Smooth-Area' must be lowercase letters, digits and '_', starting with a letter or digit, and not only digits",
        "mini/tests.yaml:3:32: error: test 'smooth face': unknown question 'smooth_area' (did you mean 'Smooth-Area'?); questions: goals, Smooth-Area, pregnant",
        "mini/tests.yaml:19:38: error: test 'smooth neck and even tone': unknown question 'smooth_area' (did you mean 'Smooth-Area'?); questions: goals, Smooth-Area, pregnant",
      ]),
    Fixture(
      name: "duplicate question id", file: "questions.yaml",
      old: "id: pregnant",
      new: "id: goals",
      expected: [
        "mini/findings.yaml:4:11: error: finding 'ci_pregnant': unknown question 'pregnant'",
        "mini/questions.yaml:24:9: error: duplicate question id 'goals' (first defined at mini/questions.yaml:2:9)",
        "mini/tests.yaml:3:51: error: test 'smooth face': unknown question 'pregnant'; questions: goals, smooth_area",
        "mini/tests.yaml:9:33: error: test 'pregnant with no goal': unknown question 'pregnant'; questions: goals, smooth_area",
        "mini/tests.yaml:14:33: error: test 'no goal, neither pregnant': unknown question 'pregnant'; questions: goals, smooth_area",
        "mini/tests.yaml:19:57: error: test 'smooth neck and even tone': unknown question 'pregnant'; questions: goals, smooth_area",
      ]),
    Fixture(
      name: "duplicate option id", file: "questions.yaml",
      old: "id: even",
      new: "id: smooth",
      expected: [
        "mini/pack.yaml:13:34: error: verdict 'go': 'even' is not an option of 'goals'; valid: smooth, nothing",
        "mini/questions.yaml:9:13: error: duplicate option id 'smooth' (first defined at mini/questions.yaml:7:13)",
        "mini/tests.yaml:19:31: error: test 'smooth neck and even tone': 'even' is not an option of 'goals'; valid: a list of smooth (or nothing alone)",
      ]),
    Fixture(
      name: "duplicate finding id", file: "findings.yaml",
      old: "id: info_neck",
      new: "id: benefit_smooth",
      expected: [
        "mini/findings.yaml:15:9: error: duplicate finding id 'benefit_smooth' (first defined at mini/findings.yaml:9:9)",
        "mini/tests.yaml:7:19: error: test 'smooth face': unknown finding 'info_neck'",
        "mini/tests.yaml:22:31: error: test 'smooth neck and even tone': unknown finding 'info_neck'",
      ]),
    Fixture(
      name: "duplicate source id", file: "sources.yaml",
      old: "id: S2",
      new: "id: S1",
      expected: [
        "mini/findings.yaml:14:19: error: finding 'benefit_smooth' cites unknown source 'S2' (did you mean 'S1'?)",
        "mini/sources.yaml:7:9: error: duplicate source id 'S1' (first defined at mini/sources.yaml:2:9)",
      ]),
    Fixture(
      name: "duplicate verdict id", file: "pack.yaml",
      old: "id: none",
      new: "id: go",
      expected: [
        "mini/pack.yaml:16:9: error: duplicate verdict id 'go' (first defined at mini/pack.yaml:12:9)",
        "mini/tests.yaml:16:16: error: test 'no goal, neither pregnant': unknown verdict 'none'; valid: stop, go",
      ]),
    Fixture(
      name: "duplicate test name", file: "tests.yaml",
      old: "name: no goal, neither pregnant",
      new: "name: smooth face",
      expected: [
        "mini/tests.yaml:13:11: error: duplicate test name 'smooth face' (first used at mini/tests.yaml:2:11)"
      ]),
    Fixture(
      name: "unknown question kind", file: "questions.yaml",
      old: "kind: single\n    text: Where?",
      new: "kind: singel\n    text: Where?",
      expected: [
        "mini/questions.yaml:15:11: error: question 'smooth_area': unknown kind 'singel' (did you mean 'single'?); valid: single, multi"
      ]),
    Fixture(
      name: "unknown finding kind", file: "findings.yaml",
      old: "kind: info",
      new: "kind: infos",
      expected: [
        "mini/findings.yaml:16:11: error: finding 'info_neck': unknown kind 'infos' (did you mean 'info'?); valid: contraindication, caution, benefit, note, info, aftercare"
      ]),
    Fixture(
      name: "exclusive option in a single question", file: "questions.yaml",
      old: "label: Neck\n",
      new: "label: Neck\n        exclusive: true\n",
      expected: [
        "mini/questions.yaml:24:20: error: option 'neck' of question 'smooth_area': only options of multi questions can be exclusive; a single question's options already exclude each other"
      ]),
    Fixture(
      name: "question without options", file: "questions.yaml",
      old:
        "    options:\n      - id: 'yes'\n        label: 'Yes'\n      - id: 'no'\n        label: 'No'\n",
      new: "    options: []\n",
      expected: [
        "mini/questions.yaml:28:14: error: question 'pregnant' has no options"
      ]),
    Fixture(
      name: "unknown question in a condition", file: "findings.yaml",
      old: "when: goals has smooth",
      new: "when: goal has smooth",
      expected: [
        "mini/findings.yaml:11:11: error: finding 'benefit_smooth': unknown question 'goal' (did you mean 'goals'?)"
      ]),
    Fixture(
      name: "unknown option in a condition", file: "findings.yaml",
      old: "when: goals has smooth",
      new: "when: goals has smoth",
      expected: [
        "mini/findings.yaml:11:21: error: finding 'benefit_smooth': 'smoth' is not an option of 'goals' (did you mean 'smooth'?); valid: smooth, even, nothing"
      ]),
    Fixture(
      name: "syntax error in a condition", file: "findings.yaml",
      old: "when: smooth_area = neck",
      new: "when: smooth_area == neck",
      expected: [
        "mini/findings.yaml:17:23: error: finding 'info_neck': syntax error in 'smooth_area == neck': '==' is not an operator: write '=' to compare"
      ]),
    Fixture(
      name: "'=' on a multi question", file: "findings.yaml",
      old: "when: goals has smooth",
      new: "when: goals = smooth",
      expected: [
        "mini/findings.yaml:11:11: error: finding 'benefit_smooth': 'goals' is a multi question: use 'has', 'has any' or 'has all' instead of '='"
      ]),
    Fixture(
      name: "'has' on a single question", file: "findings.yaml",
      old: "when: smooth_area = neck",
      new: "when: smooth_area has neck",
      expected: [
        "mini/findings.yaml:17:11: error: finding 'info_neck': 'smooth_area' takes exactly one value: use '=' or 'in' instead of 'has'"
      ]),
    Fixture(
      name: "count() on a single question", file: "findings.yaml",
      old: "when: smooth_area = neck",
      new: "when: count(smooth_area) > 0",
      expected: [
        "mini/findings.yaml:17:17: error: finding 'info_neck': count() needs a multi question, but 'smooth_area' takes exactly one option"
      ]),
    Fixture(
      name: "count() beyond the options", file: "findings.yaml",
      old: "when: smooth_area = neck",
      new: "when: count(goals) >= 4",
      expected: [
        "mini/findings.yaml:17:27: error: finding 'info_neck': 'goals' has only 3 options, so count(goals) is never 4"
      ]),
    Fixture(
      name: "exclusive option misused in 'has all'", file: "findings.yaml",
      old: "when: goals has smooth",
      new: "when: goals has all [smooth, nothing]",
      expected: [
        "mini/findings.yaml:11:34: error: finding 'benefit_smooth': 'has all' with the exclusive option 'nothing' can never be true: 'nothing' is always chosen alone"
      ]),
    Fixture(
      name: "option listed twice", file: "findings.yaml",
      old: "when: goals has smooth",
      new: "when: goals has any [smooth, smooth]",
      expected: [
        "mini/findings.yaml:11:34: error: finding 'benefit_smooth': 'smooth' is listed twice"
      ]),
    Fixture(
      name: "skip logic reads a later question", file: "questions.yaml",
      old: "when: goals has smooth",
      new: "when: pregnant = 'yes'",
      expected: [
        "mini/questions.yaml:18:22: error: skip logic of 'smooth_area': syntax error in 'pregnant = 'yes'': unexpected character '''"
      ]),
    Fixture(
      name: "skip logic cycle", file: "questions.yaml",
      old: "    text: What do you want?\n",
      new: "    text: What do you want?\n    when: answered(smooth_area)\n",
      expected: [
        "mini/questions.yaml:5:11: error: skip logic cycle: 'goals' → 'smooth_area' → 'goals'; each question's skip logic must read only earlier questions"
      ]),
    Fixture(
      name: "skip logic reads itself", file: "questions.yaml",
      old: "when: goals has smooth",
      new: "when: answered(smooth_area)",
      expected: [
        "mini/questions.yaml:18:11: error: skip logic cycle: 'smooth_area' → 'smooth_area'; each question's skip logic must read only earlier questions"
      ]),
    Fixture(
      name: "skip logic reads the verdict", file: "questions.yaml",
      old: "when: goals has smooth",
      new: "when: verdict = go",
      expected: [
        "mini/questions.yaml:18:11: error: skip logic of 'smooth_area': the verdict cannot be read here: skip logic is decided before the verdict exists"
      ]),
    Fixture(
      name: "a floor finding reads the verdict", file: "findings.yaml",
      old: "when: pregnant = yes",
      new: "when: pregnant = yes and verdict = go",
      expected: [
        "mini/findings.yaml:4:11: error: finding 'ci_pregnant' sets a verdict floor and reads the verdict (cycle: verdict → 'ci_pregnant' → verdict); only findings without a floor, such as aftercare, can read it"
      ]),
    Fixture(
      name: "a verdict reads the verdict", file: "pack.yaml",
      old: "when: goals has any [smooth, even]",
      new: "when: verdict = none",
      expected: [
        "mini/pack.yaml:13:11: error: verdict 'go': the verdict cannot be read here: a verdict's condition cannot depend on the verdict (cycle: verdict → verdict 'go' → verdict)"
      ]),
    Fixture(
      name: "the fallback verdict has a condition", file: "pack.yaml",
      old: "    text: No goal matched.\n",
      new: "    text: No goal matched.\n    when: goals has nothing\n",
      expected: [
        "mini/pack.yaml:19:11: error: verdict 'none' is the last, so it is the fallback when no other verdict applies; it cannot have a 'when'"
      ]),
    Fixture(
      name: "contraindication without a floor", file: "findings.yaml",
      old: "    floor: stop\n",
      new: "",
      expected: [
        "mini/findings.yaml:2:5: error: finding 'ci_pregnant' is a contraindication, so it needs a 'floor': the least severe verdict it allows"
      ]),
    Fixture(
      name: "floor on a benefit", file: "findings.yaml",
      old: "    title: Smoother skin\n",
      new: "    floor: stop\n    title: Smoother skin\n",
      expected: [
        "mini/findings.yaml:12:12: error: finding 'benefit_smooth': only contraindications and cautions set a verdict floor; a benefit never changes the verdict"
      ]),
    Fixture(
      name: "unknown verdict as floor", file: "findings.yaml",
      old: "floor: stop",
      new: "floor: stopp",
      expected: [
        "mini/findings.yaml:5:12: error: finding 'ci_pregnant': unknown verdict 'stopp' as floor (did you mean 'stop'?); valid: stop, go, none"
      ]),
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
      name: "empty ask", file: "findings.yaml",
      old: "    sources: [S1, S2]\n",
      new: "    sources: [S1, S2]\n    ask: ''\n",
      expected: ["mini/findings.yaml:15:10: error: the 'ask' of finding 'benefit_smooth' is empty"]),
    Fixture(
      name: "readability limits out of range", file: "pack.yaml",
      old: "title: Mini quiz\n",
      new: "title: Mini quiz\n"
        + "readability: {max_grade: high, max_sentence_words: 0, max_words: 3}\n",
      expected: [
        "mini/pack.yaml:4:26: error: 'max_grade' 'high' must be a grade level from 0 to 30, such as 8 or 7.5",
        "mini/pack.yaml:4:52: error: 'max_sentence_words' '0' must be a whole number from 1 to 1000, such as 25",
        "mini/pack.yaml:4:55: error: unknown key 'max_words' in 'readability'; allowed: max_grade, max_sentence_words",
      ]),
    Fixture(
      name: "a terminal escape in a title", file: "pack.yaml",
      old: "title: Mini quiz\n", new: "title: \"Mini \\e]0;pwned\\a quiz\"\n",
      expected: [
        "mini/pack.yaml:3:8: error: the pack's title contains the character \\u{1B}, which a terminal would act on or which reorders text; remove it"
      ]),
    Fixture(
      name: "a bidi override in a label", file: "questions.yaml",
      old: "label: Smoother skin", new: "label: \"Smoother \\u202Eskin\"",
      expected: [
        "mini/questions.yaml:8:16: error: the label of option 'smooth' of question 'goals' contains the character \\u{202E}, which a terminal would act on or which reorders text; remove it"
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
      name: "version with a number too large", file: "pack.yaml",
      old: "version: 1.0.0\n", new: "version: 1.99999999999999999999.0\n",
      expected: [
        "mini/pack.yaml:2:10: error: the pack's version '1.99999999999999999999.0' has a number too large ('99999999999999999999'); each part must be at most 9223372036854775807"
      ]),
    Fixture(
      name: "version with a sign", file: "pack.yaml",
      old: "version: 1.0.0\n", new: "version: 1.+2.0\n",
      expected: [
        "mini/pack.yaml:2:10: error: the pack's version '1.+2.0' must be MAJOR.MINOR.PATCH, such as 1.0.0"
      ]),
    Fixture(
      name: "language that is not a language tag", file: "pack.yaml",
      old: "title: Mini quiz\n",
      new: "title: Mini quiz\nlanguage: English\n",
      expected: [
        "mini/pack.yaml:4:11: error: the pack's language 'English' must be a language tag such as en, fr or pt-BR"
      ]),
    Fixture(
      name: "source url that is not a link", file: "sources.yaml",
      old: "url: https://example.org/review",
      new: "url: example.org/review",
      expected: [
        "mini/sources.yaml:6:10: error: source 'S1': url 'example.org/review' must start with https:// or http://"
      ]),
    Fixture(
      name: "bad pack version", file: "pack.yaml",
      old: "version: 1.0.0",
      new: "version: 1.0",
      expected: [
        "mini/pack.yaml:2:10: error: the pack's version '1.0' must be MAJOR.MINOR.PATCH, such as 1.0.0"
      ]),
    Fixture(
      name: "empty text", file: "findings.yaml",
      old: "text: Use sunscreen.",
      new: "text: ''",
      expected: [
        "mini/findings.yaml:24:11: error: the text of finding 'aftercare_sun' is empty"
      ]),
    Fixture(
      name: "test answers with an exclusive option combined", file: "tests.yaml",
      old: "{goals: [nothing], pregnant: 'yes'}",
      new: "{goals: [nothing, even], pregnant: 'yes'}",
      expected: [
        "mini/tests.yaml:9:23: error: test 'pregnant with no goal': 'nothing' must be chosen alone for 'goals', but it is given with 'even'; valid: a list of smooth, even (or nothing alone)"
      ]),
    Fixture(
      name: "test answers a question skip logic does not ask", file: "tests.yaml",
      old: "{goals: [nothing], pregnant: 'no'}",
      new: "{goals: [nothing], smooth_area: face, pregnant: 'no'}",
      expected: [
        "mini/tests.yaml:14:46: error: test 'no goal, neither pregnant': 'smooth_area' is asked only when goals has smooth, which these answers do not meet, so it must be left out (found face)"
      ]),
    Fixture(
      name: "test answers missing a question", file: "tests.yaml",
      old: "{goals: [nothing], pregnant: 'no'}",
      new: "{goals: [nothing]}",
      expected: [
        "mini/tests.yaml:14:14: error: test 'no goal, neither pregnant': no answer for 'pregnant' (Are you pregnant?); valid: yes, no"
      ]),
    Fixture(
      name: "test with an unknown verdict and finding", file: "tests.yaml",
      old: "      verdict: stop\n      fires: [ci_pregnant]",
      new: "      verdict: stopped\n      fires: [ci_pregant]",
      expected: [
        "mini/tests.yaml:11:16: error: test 'pregnant with no goal': unknown verdict 'stopped'; valid: stop, go, none",
        "mini/tests.yaml:12:15: error: test 'pregnant with no goal': unknown finding 'ci_pregant' (did you mean 'ci_pregnant'?)",
      ]),
    Fixture(
      name: "test expecting a finding in both lists", file: "tests.yaml",
      old: "      not_fires: [aftercare_sun]",
      new: "      fires: [aftercare_sun]\n      not_fires: [aftercare_sun]",
      expected: [
        "mini/tests.yaml:18:18: error: test 'no goal, neither pregnant': 'aftercare_sun' is in both 'fires' and 'not_fires'"
      ]),
    Fixture(
      name: "failing test: verdict", file: "tests.yaml",
      old: "      verdict: stop\n",
      new: "      verdict: go\n",
      expected: [
        "mini/tests.yaml:8:5: error: test 'pregnant with no goal' failed: expected verdict 'go', got 'stop' (set by 'ci_pregnant')"
      ]),
    Fixture(
      name: "failing test: fires", file: "tests.yaml",
      old: "      fires: [ci_pregnant]",
      new: "      fires: [ci_pregnant, benefit_smooth]",
      expected: [
        "mini/tests.yaml:8:5: error: test 'pregnant with no goal' failed: expected 'benefit_smooth' to fire, but it did not (it needs goals has smooth)"
      ]),
    Fixture(
      name: "failing test: not_fires", file: "tests.yaml",
      old: "{goals: [nothing], pregnant: 'no'}",
      new: "{goals: [even], pregnant: 'no'}",
      expected: [
        "mini/pack.yaml:16:5: warning: no test reaches verdict 'none'",
        "mini/tests.yaml:13:5: error: test 'no goal, neither pregnant' failed: expected verdict 'none', got 'go'; expected 'aftercare_sun' not to fire, but it did because: Your overall result is “Go”",
      ]),
    Fixture(
      name: "dead rule: a test never true", file: "findings.yaml",
      old: "when: smooth_area = neck",
      new: "when: smooth_area = neck and goals has nothing",
      expected: [
        "mini/findings.yaml:15:5: warning: no test makes finding 'info_neck' fire",
        "mini/findings.yaml:17:11: error: finding 'info_neck' can never fire: 'smooth_area = neck' and 'goals has nothing' never hold together for reachable answers",
        "mini/tests.yaml:18:5: error: test 'smooth neck and even tone' failed: expected 'info_neck' to fire, but it did not (it needs smooth_area = neck and goals has nothing)",
      ]),
    Fixture(
      name: "dead rule: two tests never together", file: "findings.yaml",
      old: "when: verdict = go",
      new: "when: verdict = go and pregnant = yes",
      expected: [
        "mini/findings.yaml:20:5: warning: no test makes finding 'aftercare_sun' fire",
        "mini/findings.yaml:22:11: error: finding 'aftercare_sun' can never fire: 'verdict = go' and 'pregnant = yes' never hold together for reachable answers",
        "mini/tests.yaml:2:5: error: test 'smooth face' failed: expected 'aftercare_sun' to fire, but it did not (it needs verdict = go and pregnant = yes)",
        "mini/tests.yaml:18:5: error: test 'smooth neck and even tone' failed: expected 'aftercare_sun' to fire, but it did not (it needs verdict = go and pregnant = yes)",
      ]),
    Fixture(
      name: "question never asked", file: "questions.yaml",
      old: "when: goals has smooth",
      new: "when: goals has all [smooth, even] and not goals has even",
      more: [
        .init(file: "tests.yaml", old: " smooth_area: face,", new: ""),
        .init(file: "tests.yaml", old: " smooth_area: neck,", new: ""),
      ],
      expected: [
        "mini/findings.yaml:15:5: warning: no test makes finding 'info_neck' fire",
        "mini/findings.yaml:17:11: error: finding 'info_neck' can never fire: 'smooth_area = neck' is never true for reachable answers ('smooth_area' is asked only when goals has all [smooth, even] and not goals has even)",
        "mini/questions.yaml:14:5: error: question 'smooth_area' is never asked: its skip logic 'goals has all [smooth, even] and not goals has even' never holds for reachable answers",
        "mini/tests.yaml:18:5: error: test 'smooth neck and even tone' failed: expected 'info_neck' to fire, but it did not (it needs smooth_area = neck)",
      ]),
    Fixture(
      name: "a floor that a condition grants", file: "findings.yaml",
      old: "floor: stop",
      new: "floor: go",
      expected: [
        "mini/findings.yaml:5:12: error: finding 'ci_pregnant': 'go' cannot be a floor: it is given by its own condition or as the fallback, and a contraindication must rule it out; valid: stop"
      ]),
    Fixture(
      name: "contraindication that allows a granted verdict", file: "pack.yaml",
      old: "  - id: none\n",
      new: "  - id: wait\n    title: Wait\n    text: Wait a while.\n  - id: none\n",
      more: [.init(file: "findings.yaml", old: "floor: stop", new: "floor: wait")],
      expected: [
        "mini/findings.yaml:2:5: error: contraindication 'ci_pregnant' can fire with the verdict 'go', for example with goals=[smooth] smooth_area=face pregnant=yes",
        "mini/pack.yaml:9:5: warning: no test reaches verdict 'stop'",
        "mini/pack.yaml:9:5: error: verdict 'stop' is never reached by any reachable answers",
        "mini/tests.yaml:8:5: error: test 'pregnant with no goal' failed: expected verdict 'stop', got 'wait' (set by 'ci_pregnant')",
      ]),
  ]

  @Test(arguments: fixtures)
  func reports_each_problem_exactly(_ fixture: Fixture) {
    #expect(MiniPack.problems(fixture.files) == fixture.expected)
  }

  @Test func accepts_every_way_of_naming_a_source_that_a_reader_can_follow() throws {
    let files = MiniPack.files(
      in: "sources.yaml",
      replacing: "    doi: 10.1000/review.1\n    url: https://example.org/review\n",
      with: "    doi: 10.1000/Review.1\n    url: https://doi.org/10.1000/review.1/\n")
    var texts = files.texts
    texts["sources.yaml"] = texts["sources.yaml"]?.replacingOccurrences(
      of: "    pmid: \"12345678\"\n",
      with: "    pmcid: PMC6122507\n    url: http://example.org:8080/a\n")
    let edited = MiniPack.files(replacing: texts)
    #expect(MiniPack.problems(edited) == [])
    let pack = try #require(PackLoader.load(edited).pack)
    #expect(pack.sources.map(\.pmcid) == [nil, "PMC6122507"])
    let unquoted = MiniPack.files(
      in: "sources.yaml", replacing: "pmid: \"12345678\"", with: "pmid: 12345678")
    #expect(PackLoader.load(unquoted).pack?.sources[1].pmid == "12345678")
  }

  @Test func reports_missing_and_empty_files() {
    var files = MiniPack.files()
    files.texts["questions.yaml"] = nil
    files.texts["tests.yaml"] = nil
    files.texts["sources.yaml"] = ""
    #expect(
      MiniPack.problems(files) == [
        "mini/questions.yaml: error: the pack has no questions.yaml",
        "mini/sources.yaml: error: sources.yaml is empty",
        "mini/tests.yaml: warning: the pack has no tests.yaml: nothing checks that its rules give the results you expect",
      ])
  }

  @Test func reports_a_file_of_the_wrong_shape() {
    let files = MiniPack.files(replacing: ["sources.yaml": "- id: S1\n"])
    #expect(
      MiniPack.problems(files).first
        == "mini/sources.yaml:1:1: error: the top level of the file must be a mapping of keys to values, found a list"
    )
  }

  // Found by fuzzing (Fuzz/Regressions/PackLoader/crlf-condition-error): a problem inside a
  // condition of a file with CR LF line ends crashed, and was located on the wrong line.
  @Test(arguments: ["\r\n", "\r"])
  func locates_a_problem_in_a_condition_whatever_the_line_ends(_ lineEnd: String) {
    let broken = MiniPack.files(
      in: "findings.yaml", replacing: "when: pregnant = yes", with: "when: pregnant = yess")
    var converted = broken
    converted.texts["findings.yaml"] = broken.texts["findings.yaml"]?
      .replacingOccurrences(of: "\n", with: lineEnd)
    let expected = MiniPack.problems(broken)
    #expect(expected.first?.contains("'yess' is not an option of 'pregnant'") == true)
    #expect(MiniPack.problems(converted) == expected)
  }

  @Test func reads_a_pack_folder_from_disk() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in MiniPack.files().texts {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    let files = try PackFiles.read(folder: folder.path)
    #expect(PackLoader.load(files).pack?.id == "mini")
    try Data([0x69, 0x64, 0x3A, 0xFF]).write(to: folder.appendingPathComponent("pack.yaml"))
    #expect(
      throws: SkinQuizError.invalidPack([
        Diagnostic(
          .error, at: .init(file: folder.path + "/pack.yaml", line: 1, column: 4),
          "not UTF-8 text: byte 0xFF here is invalid (save the file as UTF-8)")
      ])
    ) { try PackFiles.read(folder: folder.path) }
    #expect(
      throws: SkinQuizError.unreadableInput(path: folder.path + "/nope", reason: "no such folder")
    ) {
      try PackFiles.read(folder: folder.path + "/nope")
    }
    #expect(
      throws: SkinQuizError.unreadableInput(
        path: folder.path + "/pack.yaml", reason: "not a folder; --pack takes the pack's folder")
    ) {
      try PackFiles.read(folder: folder.path + "/pack.yaml")
    }
  }
}
