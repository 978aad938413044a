import CommandLineKit
import SkinQuizCore

/// The long help of `skinquiz`: what it is, then examples, environment, files and exit codes.
///
/// The same text is the DESCRIPTION and the sections of skinquiz(1).
extension SkinQuiz {
  /// What the program is and is not, and how it asks.
  static let introduction = """
    Educational only, not a diagnosis: confirm with a board-certified dermatologist. \
    Your answers stay on this computer; nothing is saved unless you ask for it.

    Without --answers, the questions are asked on the full screen (on the controlling terminal \
    when standard input or output is redirected, so only the summary goes to the file), or line \
    by line when there is no terminal, TERM is unset, dumb or unknown, or with --plain. At the \
    end your summary is printed, and you may save it.
    """

  /// The headed lists that become the manual's ENVIRONMENT, FILES, EXIT STATUS and EXAMPLES.
  static let sections = [
    HelpSection(
      topic: .examples, layout: .stacked,
      entries: [
        .init(term: "skinquiz", text: "Take the quiz."),
        .init(
          term: "skinquiz --draft my-answers.json",
          text: "Keep your answers as you go; the same command later carries on where you stopped."),
        .init(
          term: "skinquiz --answers answers.json",
          text: "Print the result for a file of answers, without asking anything."),
        .init(
          term: "skinquiz --answers answers.json --output result.md",
          text: "Also save it, as Markdown (from the extension), readable only by you."),
        .init(
          term: "skinquiz --answers - --format json < answers.yaml",
          text: "Read the answers from standard input and print the result as JSON."),
        .init(
          term: "skinquiz check --pack my-clinic-pack",
          text: "Check a pack of your own: located errors, its tests, and proofs about its rules."),
        .init(
          term: "skinquiz --pack my-clinic-pack",
          text: "Take the quiz of that pack."),
      ]),
    HelpSection(
      topic: .environment, layout: .columns,
      entries: [
        .init(
          term: PackSource.environmentVariable, text: "the pack folder, when --pack is not given"),
        .init(
          term: "NO_COLOR", text: "when set and not empty, draw without color, as --no-color does"),
        .init(
          term: "TERM",
          text: "the terminal; when it is unset, dumb or unknown, questions are asked line by line"),
        .init(
          term: "SOURCE_DATE_EPOCH",
          text: "seconds since 1970: fixes the result's createdAt, for reproducible output"),
        .init(
          term: "TZ",
          text: "the time zone summaries tell the time in (JSON keeps UTC); else the system's"),
      ]),
    HelpSection(
      topic: .files, layout: .stacked,
      entries: [
        .init(
          term: "<prefix>/share/skinquiz/microneedling/",
          text: "The built-in pack as YAML, put there by make install (<prefix> is where skinquiz "
            + "was installed). Its questions.yaml lists the question and option ids that an "
            + "answers file uses. Copy the folder to start a pack of your own; skinquiz carries "
            + "its pack and does not read this copy.")
      ]),
    HelpSection(
      topic: .exitCodes, layout: .columns,
      entries: ExitStatus.allCases.map { .init(term: "\($0.rawValue)", text: $0.meaning) } + [
        .init(
          term: "129, 130, 143",
          text: "ended by SIGHUP, SIGINT or SIGTERM (the terminal is restored first)"),
        .init(
          term: "141",
          text: "standard output was closed before everything was written (SIGPIPE)"),
      ]),
  ]
}
