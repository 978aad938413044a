/// Chunks of lines handed to worker threads and their outputs handed back, under one lock.
///
/// Each worker thread has its own ``BatchScorer`` (the scorers keep per-batch pieces that they
/// add to as findings first fire). The reading thread adds chunks in input order and takes the
/// outputs back in the same order; how many chunks are out at once is its to bound.
final class ChunkQueue: @unchecked Sendable {  // every stored var is read and written under `lock`
  /// Lines to score: the number of the first, and their bytes.
  struct Chunk {
    var sequence: Int
    var firstLine: Int
    var lines: [[UInt8]]
  }

  /// What became of each line of a chunk, in order, with the number of the first.
  struct Scored {
    var firstLine: Int
    var lines: [(output: String?, outcome: BatchScorer.Outcome)]
  }

  private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  /// Signalled when a chunk is added or the queue closes.
  private let workAdded = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  /// Signalled when a chunk is scored.
  private let chunkScored = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  /// The chunks no worker has taken yet (few: the reading thread bounds them).
  private var waiting: [Chunk] = []
  private var scored: [Int: Scored] = [:]
  private var closed = false
  private var threads: [pthread_t] = []

  /// Starts one thread per scorer; fewer if the system refuses some.
  init(scorers: [BatchScorer]) {
    pthread_mutex_init(lock, nil)
    pthread_cond_init(workAdded, nil)
    pthread_cond_init(chunkScored, nil)
    for scorer in scorers {
      let worker = Unmanaged.passRetained(Worker(queue: self, scorer: scorer)).toOpaque()
      var thread = pthread_t()
      let started = pthread_create(
        &thread, nil,
        { context in
          guard let context else { return nil }
          Unmanaged<Worker>.fromOpaque(context).takeRetainedValue().run()
          return nil
        }, worker)
      if started == 0 {
        threads.append(thread)
      } else {
        Unmanaged<Worker>.fromOpaque(worker).release()
      }
    }
  }

  deinit {
    pthread_cond_destroy(chunkScored)
    pthread_cond_destroy(workAdded)
    pthread_mutex_destroy(lock)
    for pointer in [chunkScored, workAdded] { pointer.deallocate() }
    lock.deallocate()
  }

  /// How many worker threads run.
  var workerCount: Int { threads.count }

  /// Adds a chunk for the next free worker.
  func add(_ chunk: Chunk) {
    locked {
      waiting.append(chunk)
      pthread_cond_signal(workAdded)
    }
  }

  /// The outputs of chunk `sequence`, waiting for them if `wait`, else `nil` when not ready.
  func take(_ sequence: Int, wait: Bool) -> Scored? {
    locked {
      while wait, scored[sequence] == nil { pthread_cond_wait(chunkScored, lock) }
      return scored.removeValue(forKey: sequence)
    }
  }

  /// Drops the chunks not yet taken, lets every worker finish and waits for their threads.
  func close() {
    locked {
      closed = true
      waiting.removeAll()
      pthread_cond_broadcast(workAdded)
    }
    for thread in threads { pthread_join(thread, nil) }
    threads.removeAll()
  }

  /// The next chunk to score, waiting for one; `nil` once the queue is closed.
  fileprivate func nextChunk() -> Chunk? {
    locked {
      while waiting.isEmpty, !closed { pthread_cond_wait(workAdded, lock) }
      return waiting.isEmpty ? nil : waiting.removeFirst()
    }
  }

  /// Hands back what became of chunk `sequence`'s lines.
  fileprivate func finish(_ sequence: Int, _ outputs: Scored) {
    locked {
      scored[sequence] = outputs
      pthread_cond_broadcast(chunkScored)
    }
  }

  private func locked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    return body()
  }
}

/// One worker thread: scores chunks with its own scorer until the queue closes.
private final class Worker: @unchecked Sendable {  // used by its own thread only
  let queue: ChunkQueue
  var scorer: BatchScorer

  init(queue: ChunkQueue, scorer: BatchScorer) {
    self.queue = queue
    self.scorer = scorer
  }

  func run() {
    while let chunk = queue.nextChunk() {
      let lines = chunk.lines.enumerated().map { offset, line in
        scorer.score(line, line: chunk.firstLine + offset)
      }
      queue.finish(chunk.sequence, ChunkQueue.Scored(firstLine: chunk.firstLine, lines: lines))
    }
  }
}
