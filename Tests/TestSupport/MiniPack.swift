import Foundation
import SkinQuizCore

/// A small, sound pack written out as text, for tests that break one thing at a time.
///
/// Three questions (one with skip logic), four findings of different kinds, three verdicts and
/// four tests. Replace one file's text, or one line of it, to make a bad-pack fixture.
public enum MiniPack {
  public static let pack = """
    id: mini
    version: 1.0.0
    title: Mini quiz
    intro:
      about: A small quiz for tests.
      disclaimer: For learning only.
      privacy: Nothing leaves this computer.
    verdicts:
      - id: stop
        title: Stop
        text: Do not go ahead.
      - id: go
        when: goals has any [smooth, even]
        title: Go
        text: Go ahead.
      - id: none
        title: Nothing to do
        text: No goal matched.

    """

  public static let questions = """
    questions:
      - id: goals
        kind: multi
        text: What do you want?
        help: So we can match benefits.
        options:
          - id: smooth
            label: Smoother skin
          - id: even
            label: Even tone
          - id: nothing
            label: Nothing
            exclusive: true
      - id: smooth_area
        kind: single
        text: Where?
        help: Some areas are riskier.
        when: goals has smooth
        options:
          - id: face
            label: Face
          - id: neck
            label: Neck
      - id: pregnant
        kind: single
        text: Are you pregnant?
        help: Treatment waits until after.
        options:
          - id: 'yes'
            label: 'Yes'
          - id: 'no'
            label: 'No'

    """

  public static let findings = """
    findings:
      - id: ci_pregnant
        kind: contraindication
        when: pregnant = yes
        floor: stop
        title: Pregnancy
        text: Wait until the baby is born.
        sources: [S1]
      - id: benefit_smooth
        kind: benefit
        when: goals has smooth
        title: Smoother skin
        text: It can help.
        sources: [S1, S2]
      - id: info_neck
        kind: info
        when: smooth_area = neck
        title: Neck skin
        text: Neck skin is thinner.
      - id: aftercare_sun
        kind: aftercare
        when: verdict = go
        title: Sun
        text: Use sunscreen.
        ask: Which sunscreen should I use?

    """

  public static let sources = """
    sources:
      - id: S1
        kind: review
        title: A review
        doi: 10.1000/review.1
        url: https://example.org/review
      - id: S2
        kind: trial
        title: A trial
        citation: J Skin 2020;1:1-2
        pmid: "12345678"

    """

  public static let tests = """
    tests:
      - name: smooth face
        answers: {goals: [smooth], smooth_area: face, pregnant: 'no'}
        expect:
          verdict: go
          fires: [benefit_smooth, aftercare_sun]
          not_fires: [info_neck]
      - name: pregnant with no goal
        answers: {goals: [nothing], pregnant: 'yes'}
        expect:
          verdict: stop
          fires: [ci_pregnant]
      - name: no goal, neither pregnant
        answers: {goals: [nothing], pregnant: 'no'}
        expect:
          verdict: none
          not_fires: [aftercare_sun]
      - name: smooth neck and even tone
        answers: {goals: [smooth, even], smooth_area: neck, pregnant: 'no'}
        expect:
          verdict: go
          fires: [benefit_smooth, info_neck, aftercare_sun]

    """

  /// The pack's files, with any file's text replaced.
  public static func files(replacing replacements: [String: String] = [:]) -> PackFiles {
    var texts = [
      "pack.yaml": pack, "questions.yaml": questions, "findings.yaml": findings,
      "sources.yaml": sources, "tests.yaml": tests,
    ]
    texts.merge(replacements) { $1 }
    return PackFiles(folder: "mini", texts: texts)
  }

  /// The pack's files with `old` replaced by `new` in one file; the text must contain `old`.
  public static func files(in file: String, replacing old: String, with new: String) -> PackFiles {
    let original = files().texts[file] ?? ""
    precondition(original.contains(old), "\(file) has no '\(old)'")
    return files(replacing: [file: original.replacingOccurrences(of: old, with: new)])
  }

  /// The diagnostics of loading and checking the pack, as `file:line:col: severity: message`.
  public static func problems(_ files: PackFiles) -> [String] {
    let outcome = PackLoader.load(files)
    guard let pack = outcome.checkablePack else { return outcome.diagnostics.map(\.description) }
    return
      (outcome.diagnostics + PackChecker.check(pack, invalidTests: outcome.invalidTests).diagnostics)
      .sortedByLocation().map(
        \.description)
  }
}
