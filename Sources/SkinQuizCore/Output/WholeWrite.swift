/// Writes text to a file descriptor whole, the one way every output of the program is written.
public enum WholeWrite {
  /// Writes all of `text` to `descriptor`, going on after a signal interrupts; returns the
  /// `errno` of the first failure, or `nil` when everything was written.
  ///
  /// `write(2)` may write less than asked (a pipe, a signal), so it is called until nothing is
  /// left. A write that makes no progress is `EIO`, so a stuck descriptor never spins.
  public static func text(_ text: String, to descriptor: Int32) -> Int32? {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      guard written > 0 else { return EIO }
      offset += written
    }
    return nil
  }
}
