extension PackLoaderTests {
  /// Broken mini packs whose files are of the wrong shape: YAML syntax, keys, ids, kinds,
  /// empty or unsafe text, and the pack header.
  static let shapeProblems: [Fixture] = [
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
  ]
}
