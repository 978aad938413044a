/// splitmix64, bit for bit as in the peer workload's profiles.py: a small deterministic
/// generator.
///
/// Deterministic so that a failing test or fuzz input repeats, and so that the benchmark's
/// profiles are profiles.py's and their checksum can be compared with it.
public struct SplitMix64 {
  /// The generator's state, advanced by every draw.
  public var state: UInt64

  /// A generator that starts from `state` (the seed).
  public init(state: UInt64) {
    self.state = state
  }

  /// The next 64 random bits.
  // Inlinable: the fuzz targets draw in their hot loop, from another module.
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<n`, as profiles.py draws one: the next bits modulo `n`.
  @inlinable
  public mutating func below(_ n: UInt64) -> Int { Int(next() % n) }
}
