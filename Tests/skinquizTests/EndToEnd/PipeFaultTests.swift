import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension EndToEnd {
  /// A result written into a pipe whose reader has gone, without a terminal.
  @Suite struct PipeFaultTests {
    /// How the result is made.
    enum Mode: String, CaseIterable, CustomTestStringConvertible {
      case answers = "--answers"
      case plain = "the plain line mode"

      var testDescription: String { rawValue }
    }

    /// Runs `skinquiz` in `mode` with its standard output a pipe that nobody reads any more.
    private static func runIntoClosedPipe(_ mode: Mode, ignoringSIGPIPE: Bool) async throws
      -> Spawned
    {
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let answers = folder.appendingPathComponent("answers.json")
      try Data(AnswersModeFixtures.example.utf8).write(to: answers)
      let arguments = mode == .answers ? ["--answers", answers.path] : []
      let input = mode == .plain ? (contractNumbers + ["", ""]).joined(separator: "\n") + "\n" : ""
      // `trap '' PIPE` ignores SIGPIPE and the program inherits that, as under a service manager
      // or a program that ignores it and starts this one.
      let command =
        ignoringSIGPIPE
        ? ["/bin/sh", "-c", "trap '' PIPE; exec \"$0\" \"$@\"", Paths.executable.path] + arguments
        : [Paths.executable.path] + arguments
      return try await onOwnThread {
        try spawn(
          command[0], Array(command.dropFirst()), environment: Tmux.baseEnvironment,
          input: input, closedOutput: true)
      }
    }

    @Test(arguments: Mode.allCases)
    func into_a_pipe_whose_reader_has_gone_it_dies_of_sigpipe_141_in_a_shell(_ mode: Mode)
      async throws
    {
      let run = try await Self.runIntoClosedPipe(mode, ignoringSIGPIPE: false)
      #expect(run.signal == SIGPIPE, "ended with status \(run.shellStatus): \(run.stderr)")
      #expect(run.shellStatus == 141)
      #expect(run.stderr.isEmpty)
    }

    @Test(arguments: Mode.allCases)
    func with_sigpipe_ignored_the_lost_output_is_reported_and_exits_74(_ mode: Mode) async throws {
      let run = try await Self.runIntoClosedPipe(mode, ignoringSIGPIPE: true)
      #expect(run.shellStatus == 74)
      #expect(
        run.stderr
          == (mode == .answers
            ? "skinquiz: error: cannot write to standard output: broken pipe\n"
            : "skinquiz: error: cannot write to standard output: broken pipe; your answers "
              + "were not saved\n"))
    }
  }
}
