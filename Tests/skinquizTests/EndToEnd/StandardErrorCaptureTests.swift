import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// Where standard error goes while the full screen is up: a file with no name in `TMPDIR`
  /// (or `/tmp`), taken from the environment the program read once at start.
  @Suite(EndToEnd.needsTmux)
  struct StandardErrorCaptureTests {
    /// The file standard error points to while the welcome screen is up, as /proc shows it.
    func capturedStandardError(environment: [String: String]) async throws -> String {
      let tmux = try Tmux()
      try tmux.startSkinquiz(environment: environment)
      try await tmux.waitFor(welcomeHint)
      let pid = try await tmux.programPID()
      let target = try FileManager.default.destinationOfSymbolicLink(
        atPath: "/proc/\(pid)/fd/2")
      try tmux.send("q", "y")
      try await expectEnded(tmux, with: 1)
      return target
    }

    @Test func standard_error_goes_to_a_file_without_a_name_in_tmpdir() async throws {
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("skinquiz-tmpdir-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
      defer { try? FileManager.default.removeItem(at: folder) }

      let target = try await capturedStandardError(environment: ["TMPDIR": folder.path])
      #expect(target.hasPrefix(folder.path + "/skinquiz-stderr-"), "\(target)")
      #expect(target.hasSuffix(" (deleted)"), "\(target)")
      let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(left.isEmpty, "nothing left in TMPDIR: \(left)")
    }

    @Test func an_empty_tmpdir_means_tmp() async throws {
      let target = try await capturedStandardError(environment: ["TMPDIR": ""])
      #expect(target.hasPrefix("/tmp/skinquiz-stderr-"), "\(target)")
      #expect(target.hasSuffix(" (deleted)"), "\(target)")
    }
  }
}
