extension ProvedProperty {
  /// Every option of every question is chosen by some reachable answers; a question none of
  /// whose options can be is never asked.
  static let everyOptionCanBeChosen = ProvedProperty(
    goals: { pack in
      pack.questions.indices.flatMap { question in
        pack.questions[question].options.indices.map { option in
          Condition.atom(ConditionAtom(slot: question, operation: .has, mask: 1 << option))
        }
      }
    },
    record: { outcomes, context, report in
      var outcomes = outcomes[...]
      var proven = 0
      for question in context.pack.questions {
        var unreachable: [String] = []
        for (option, outcome) in zip(question.options, outcomes.prefix(question.options.count)) {
          switch outcome {
          case .found: proven += 1
          case .impossible: unreachable.append(option.id)
          }
        }
        outcomes = outcomes.dropFirst(question.options.count)
        guard !unreachable.isEmpty else { continue }
        report.diagnostics.append(
          Diagnostic(
            .error, at: question.location,
            unreachableMessage(question, unreachable: unreachable, pack: context.pack)))
      }
      report.proofs.append(
        .init(
          property: "every option of every question can be chosen", proven: proven,
          total: context.pack.questions.reduce(0) { $0 + $1.options.count }))
    })

  /// Says which options of `question` no reachable answers choose: all of them means the
  /// question is never asked.
  private static func unreachableMessage(
    _ question: Question, unreachable: [String], pack: Pack
  ) -> String {
    unreachable.count == question.options.count
      ? "question '\(question.id)' is never asked: its skip logic "
        + "'\(question.when?.description(in: pack) ?? "")' never holds for reachable answers"
      : "question '\(question.id)' has options that no reachable answers choose: "
        + unreachable.map { "'\($0)'" }.joined(separator: ", ")
  }
}
