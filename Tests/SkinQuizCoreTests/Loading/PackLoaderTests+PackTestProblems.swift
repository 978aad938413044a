extension PackLoaderTests {
  /// Broken mini packs whose own tests or proofs fail: tests that cannot be answered or fail,
  /// and rules, questions and verdicts the answer space shows to be dead or wrong.
  static let packTestProblems: [Fixture] = [
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
}
