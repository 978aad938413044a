/// Keeps the numbers of closed standard streams taken, so no file the program opens gets them.
///
/// `open` returns the lowest free number. Run with `>&-`, the draft's lock (open for the whole
/// run) would become descriptor 1 and the quiz would be written into it. Each closed stream is
/// given `/dev/null` opened the wrong way round (read-only for output, write-only for input),
/// so using it still fails with "bad file descriptor", as the closed stream did.
enum StandardDescriptors {
  /// Opens `/dev/null` on each of descriptors 0, 1 and 2 that is closed.
  static func holdClosed() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
      guard fcntl(descriptor, F_GETFD) == -1, errno == EBADF else { continue }
      let placeholder = open("/dev/null", descriptor == STDIN_FILENO ? O_WRONLY : O_RDONLY)
      // The lowest free number is this one, since the lower ones are open by now; if not
      // (no /dev/null), the program runs on as it would have.
      if placeholder >= 0 && placeholder != descriptor {
        dup2(placeholder, descriptor)
        close(placeholder)
      }
    }
  }
}
