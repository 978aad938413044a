extension PackLoaderTests {
  /// Broken mini packs whose conditions cannot be resolved: unknown ids, operators that do
  /// not fit a question, skip logic out of order, and verdicts and floors that read the verdict.
  static let conditionProblems: [Fixture] = [
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
  ]
}
