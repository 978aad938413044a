import ArgumentParser
import Foundation
import SkinQuizCore

/// Writes results to standard output and notices when they did not arrive.
enum StandardOutput {
  /// Writes `text` to standard output; a failure (a full disk, an I/O error) is reported and
  /// exits 74, so a script never mistakes a lost result for success.
  static func emit(_ text: String) throws {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        write(STDOUT_FILENO, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = SkinQuizError.reason(forErrno: errno)
        StandardError.report("cannot write to standard output: \(reason)")
        throw ExitStatus.ioError.exitCode
      }
      offset += written
    }
  }
}
