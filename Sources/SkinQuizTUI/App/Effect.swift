import SkinQuizCore

extension FullScreenModel {
  /// What the model asks its runner to do: the work that reaches outside the model, returned as
  /// values so that handling a key only computes (as Bubble Tea's `update` returns commands).
  public enum Effect: Equatable, Sendable {
    /// The answers changed: keep them, in the draft if there is one.
    case answersChanged(Answers)
    /// Write a result file, then tell the model how it went with
    /// ``FullScreenModel/saveFinished(_:error:)``.
    case save(SaveRequest)
    /// The session is over.
    case end(Outcome)
  }

  /// A result file to write: the text, where, and whether an existing file may be replaced.
  public struct SaveRequest: Equatable, Sendable {
    /// The whole file, in the format its name asks for.
    public var text: String
    /// The path, as the person typed it with `~` expanded.
    public var path: String
    /// Whether the person agreed to replace a file already there.
    public var replacing: Bool
  }
}
