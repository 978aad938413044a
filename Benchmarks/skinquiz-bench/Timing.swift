import Glibc

/// Monotonic time in nanoseconds.
func nanoseconds() -> UInt64 {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// The median of `values`; 0 for none.
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Median microseconds per call of `body` on each of `count` inputs, over `runs` runs of at
/// least 0.2 s each.
func timePerCall(count: Int, runs: Int, _ body: (Int) -> Int) -> (median: Double, all: [Double]) {
  var sink = 0
  // Calibrate: how many passes make a run of about 0.2 s.
  var passes = 1
  while true {
    let start = nanoseconds()
    for _ in 0..<passes { for index in 0..<count { sink &+= body(index) } }
    let elapsed = nanoseconds() - start
    if elapsed > 50_000_000 { passes = max(1, Int(Double(passes) * 2e8 / Double(elapsed))); break }
    passes *= 2
  }
  var all: [Double] = []
  for _ in 0..<runs {
    let start = nanoseconds()
    for _ in 0..<passes { for index in 0..<count { sink &+= body(index) } }
    all.append(Double(nanoseconds() - start) / 1e3 / Double(passes * count))
  }
  precondition(sink != Int.min)
  return (median(all), all)
}
