/// What a line typed at a question asks for.
enum PlainCommand: Equatable {
  /// An answer, as a bit set of option indices.
  case answer(UInt64)
  /// Keep the answer the question already has (Enter on a question being revisited).
  case keep
  /// Show why we ask.
  case help
  /// Go back one question.
  case back
  /// Quit, after a confirmation.
  case quit
  /// Not a valid answer; the message says why and what to type instead.
  case invalid(String)
}
