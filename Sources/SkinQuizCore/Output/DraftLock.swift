/// Keeps a draft to one run at a time: two runs with the same `--draft` would each overwrite
/// the other's answers without a word.
///
/// The lock is an advisory `flock` on a small, empty hidden file beside the draft (the draft
/// itself is replaced by a new file at every save, so a lock on it would not last). The system
/// drops the lock when the process ends, however it ends. The file stays: removing it on
/// release would let a run that had opened it lock a file no longer there while a third run
/// locked a new one, and both would write the draft.
public final class DraftLock {
  private let descriptor: Int32
  private let path: String

  /// Takes the lock for the draft at `draft`.
  ///
  /// - Throws: `SkinQuizError.outputNotCreated` when another run holds it, or the lock file
  ///   cannot be made.
  public init(draft: String) throws(SkinQuizError) {
    path = Self.lockPath(for: draft)
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else {
      throw .outputNotCreated(
        path: draft, reason: "cannot make its lock: \(SkinQuizError.reason(forErrno: errno))")
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      close(descriptor)
      throw .outputNotCreated(
        path: draft,
        reason: code == EWOULDBLOCK
          ? "another skinquiz is using this draft; finish that one first, or give another --draft"
          : "cannot lock it: \(SkinQuizError.reason(forErrno: code))")
    }
  }

  deinit {
    close(descriptor)
  }

  /// The hidden lock file beside `draft`: a short name (a hash of the draft's), so it fits
  /// beside any legal name.
  static func lockPath(for draft: String) -> String {
    let name =
      draft.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? draft
    // FNV-1a, 64 bits: stable across runs, unlike Hasher.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in name.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let folder = TypedPath.split(draft).folder
    return "\(folder == "/" ? "" : folder)/.skinquiz-lock-\(String(hash, radix: 16))"
  }
}
