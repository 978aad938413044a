/// Scores a whole batch on every CPU the process may use, handing back each line's output in
/// the input's order, with a bounded number of lines held at once.
///
/// Lines are read and outputs handed back on the calling thread; with more than one worker,
/// chunks of lines are scored on worker threads (``ChunkQueue``), each with its own
/// ``BatchScorer``, and at most two chunks per worker are out at a time, so memory does not grow
/// with the input. With one worker everything happens on the calling thread.
public struct BatchRunner {
  /// How many lines a worker scores at a time: enough that the lock is taken rarely, few enough
  /// that the outputs held stay small, some 500 KB a chunk (a JSON result of the shipped pack is
  /// some 31 KB, its QuestionnaireResponse 5 KB).
  public static func defaultChunkLines(for format: BatchFormat) -> Int {
    switch format {
    case .json: 16
    case .fhir: 96
    }
  }

  /// How many threads score lines.
  public let workers: Int
  /// How many lines go to a worker at a time.
  public let chunkLines: Int
  /// One scorer per worker.
  private var scorers: [BatchScorer]

  /// Prepares to score lines with `pack` on `workers` threads (by default, as many as
  /// ``availableCPUs()``), `chunkLines` at a time (by default, as ``defaultChunkLines(for:)``).
  public init(
    pack: Pack, format: BatchFormat, createdAt: String, workers: Int = availableCPUs(),
    chunkLines: Int? = nil
  ) {
    let scorer = BatchScorer(pack: pack, format: format, createdAt: createdAt)
    self.workers = max(1, workers)
    self.chunkLines = max(1, chunkLines ?? Self.defaultChunkLines(for: format))
    scorers = Array(repeating: scorer, count: self.workers)
  }

  /// The number of CPUs this process may run on (its affinity mask), at least 1.
  ///
  /// Glibc declares `sched_getaffinity` only for `_GNU_SOURCE`, which the Swift module of the C
  /// library does not define, so it is looked up by name; without it, 1.
  public static func availableCPUs() -> Int {
    typealias GetAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer?) -> Int32
    guard let program = dlopen(nil, RTLD_NOW) else { return 1 }
    defer { dlclose(program) }
    guard let symbol = dlsym(program, "sched_getaffinity") else { return 1 }
    let getAffinity = unsafeBitCast(symbol, to: GetAffinity.self)
    var set = cpu_set_t()
    let count = withUnsafeMutableBytes(of: &set) { bytes in
      getAffinity(0, bytes.count, bytes.baseAddress) == 0
        ? bytes.reduce(0) { $0 + $1.nonzeroBitCount } : 1
    }
    return max(1, count)
  }

  /// Scores every line `next` gives until it gives `nil`, calling `emit` with each line's
  /// number (from 1), its output (`nil` for a blank line) and what became of it, in input order.
  ///
  /// `next` and `emit` are called on the calling thread only. When either throws, the lines not
  /// yet handed back are dropped and the error is rethrown once the workers have stopped.
  public mutating func run<Failure: Error>(
    next: () throws(Failure) -> [UInt8]?,
    emit: (_ line: Int, _ output: String?, _ outcome: BatchScorer.Outcome) throws(Failure) -> Void
  ) throws(Failure) {
    let queue = workers > 1 ? ChunkQueue(scorers: scorers) : nil
    defer { queue?.close() }
    guard let queue, queue.workerCount > 0 else {
      var number = 0
      while let line = try next() {
        number += 1
        let (output, outcome) = scorers[0].score(line, line: number)
        try emit(number, output, outcome)
      }
      return
    }
    var order = ChunkOrder(queue: queue, limit: 2 * workers)
    var chunk = ChunkQueue.Chunk(sequence: 0, firstLine: 1, lines: [])
    while let line = try next() {
      chunk.lines.append(line)
      guard chunk.lines.count == chunkLines else { continue }
      try order.add(chunk, emit: emit)
      chunk = ChunkQueue.Chunk(
        sequence: chunk.sequence + 1, firstLine: chunk.firstLine + chunkLines, lines: [])
    }
    if !chunk.lines.isEmpty { try order.add(chunk, emit: emit) }
    try order.finish(emit: emit)
  }
}

/// The reading thread's side of a ``ChunkQueue``: adds chunks, and hands back their outputs in
/// order as they come, waiting only when `limit` chunks are out.
private struct ChunkOrder {
  let queue: ChunkQueue
  let limit: Int
  /// The sequence number of the next chunk to hand back, and of the next to add.
  var (nextOut, nextIn) = (0, 0)

  init(queue: ChunkQueue, limit: Int) {
    (self.queue, self.limit) = (queue, limit)
  }

  /// Adds `chunk`, after handing back what is ready (and waiting while `limit` chunks are out).
  mutating func add<Failure: Error>(
    _ chunk: ChunkQueue.Chunk,
    emit: (Int, String?, BatchScorer.Outcome) throws(Failure) -> Void
  ) throws(Failure) {
    while nextOut < nextIn, let scored = queue.take(nextOut, wait: nextIn - nextOut >= limit) {
      try handBack(scored, emit: emit)
    }
    queue.add(chunk)
    nextIn += 1
  }

  /// Hands back every chunk still out, waiting for each.
  mutating func finish<Failure: Error>(
    emit: (Int, String?, BatchScorer.Outcome) throws(Failure) -> Void
  ) throws(Failure) {
    while nextOut < nextIn, let scored = queue.take(nextOut, wait: true) {
      try handBack(scored, emit: emit)
    }
  }

  private mutating func handBack<Failure: Error>(
    _ scored: ChunkQueue.Scored, emit: (Int, String?, BatchScorer.Outcome) throws(Failure) -> Void
  ) throws(Failure) {
    nextOut += 1
    for (offset, (output, outcome)) in scored.lines.enumerated() {
      try emit(scored.firstLine + offset, output, outcome)
    }
  }
}
