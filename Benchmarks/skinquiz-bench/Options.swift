/// The command and options on the command line (see main.swift); exits on a bad one.
struct Options {
  var command = "all"
  var n = 10_000_000
  var pool = 100_000
  var runs: Int?
  var pack: String?
  /// For `check`: how many copies of the pack to check as one (``SyntheticPack``).
  var copies: Int?
  var seed: UInt64 = 42

  init(_ arguments: [String]) {
    var rest = arguments[...]
    if let first = rest.first, !first.hasPrefix("-") {
      command = first
      rest = rest.dropFirst()
    }
    while let flag = rest.popFirst() {
      guard let value = rest.popFirst() else { fail("\(flag) needs a value") }
      switch flag {
      case "--n": n = Int(value.filter { $0 != "_" && $0 != "," }) ?? n
      case "--pool": pool = Int(value.filter { $0 != "_" && $0 != "," }) ?? pool
      case "--runs": runs = Int(value)
      case "--pack": pack = value
      case "--copies": copies = Int(value)
      case "--seed": seed = UInt64(value) ?? seed
      default: fail("unknown option \(flag)")
      }
    }
    guard ["peer", "shipped", "check", "all", "batch-input"].contains(command) else {
      fail("unknown command \(command); valid: peer, shipped, check, all, batch-input")
    }
    guard n > 0, pool > 0, (runs ?? 1) > 0, (copies ?? 1) > 0 else {
      fail("--n, --pool, --runs and --copies must be positive")
    }
  }
}
