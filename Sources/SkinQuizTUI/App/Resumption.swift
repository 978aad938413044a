import SkinQuizCore

/// What both front ends say about answers kept from before: welcome back, and the draft.
public enum Resumption {
  /// How many answers there are and where the quiz carries on, for a quiz that starts with
  /// answers (from a draft or an answers file); `nil` for a fresh one.
  public static func welcomeBack(_ quiz: Quiz) -> String? {
    let given = quiz.askedQuestions.filter { quiz.answers.isAnswered($0) }.count
    guard given > 0 else { return nil }
    let answers = "\(given) answer\(given == 1 ? "" : "s")"
    guard let next = quiz.currentQuestion else {
      return "All \(answers) are here. Check them, change any you like, then see your result."
    }
    return "Your \(answers) so far are kept, so the quiz carries on at “\(next.text)” "
      + "You can change any answer before you see your result."
  }

  /// Said when answers are kept in a draft file, since the privacy promise says that nothing
  /// is saved unless you choose to.
  public static func draftNote(_ path: String) -> String {
    "Because you asked for a draft, each answer is saved to \(path) as you go, readable only by "
      + "you. It holds health answers: delete it when you no longer need it."
  }
}
