/// The problems found by one load or parse, in the order they were found.
///
/// A class, so that the readers of every file of a pack can share it while staying plain
/// values: each appends to the same log, and none has to be copied back after use.
final class DiagnosticLog {
  /// Every problem so far.
  private(set) var diagnostics: [Diagnostic] = []

  /// How many problems have been found: compared before and after a step, it says whether
  /// that step found any.
  var count: Int { diagnostics.count }

  /// Records a problem.
  func append(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// Records problems, in order.
  func append(contentsOf more: [Diagnostic]) {
    diagnostics += more
  }

  /// Whether a problem was found in `file`.
  func hasProblems(in file: String) -> Bool {
    diagnostics.contains { $0.location.file == file }
  }

  /// Puts `prefix` before the message of every problem found since the log held `start`:
  /// for problems found by a reader that does not know whose value it reads.
  func prefixMessages(since start: Int, with prefix: String) {
    for index in start..<diagnostics.count {
      diagnostics[index].message = prefix + diagnostics[index].message
    }
  }
}
