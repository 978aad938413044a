import CNcursesw

/// The two handler fields of a signal action, by their POSIX names on every C library.
///
/// glibc and Darwin hold them in differently named unions, so the fields Swift imports differ;
/// these go through the C macros instead (see shim.h). Only a field copy: safe in a signal
/// handler.
extension sigaction {
  /// A handler that takes only the signal number (`sa_handler`); nil is `SIG_DFL`.
  var plainHandler: (@convention(c) (Int32) -> Void)? {
    get { withUnsafePointer(to: self) { skinquiz_action_handler($0) } }
    set { skinquiz_set_action_handler(&self, newValue) }
  }

  /// A handler that also takes the signal's details (`sa_sigaction`, with `SA_SIGINFO`).
  var infoHandler:
    (
      @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void
    )?
  {
    get { withUnsafePointer(to: self) { skinquiz_action_info_handler($0) } }
    set { skinquiz_set_action_info_handler(&self, newValue) }
  }

  /// Whether the action takes the signal's details (`SA_SIGINFO`).
  var takesInfo: Bool { sa_flags & SA_SIGINFO != 0 }

  /// Whether the action ignores the signal (`SIG_IGN`, which is handler address 1).
  var ignores: Bool {
    !takesInfo && plainHandler.map { unsafeBitCast($0, to: Int.self) == 1 } ?? false
  }

  /// Whether the action runs a handler: neither `SIG_DFL` (nil) nor `SIG_IGN` (1).
  var runsHandler: Bool {
    takesInfo
      ? infoHandler != nil
      : plainHandler.map { unsafeBitCast($0, to: Int.self) > 1 } ?? false
  }
}
