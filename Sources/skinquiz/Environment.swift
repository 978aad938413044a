/// The process's environment, read from the C library's `environ`.
enum Environment {
  /// Every variable, by name; for a name given twice, the first, as `getenv` reads it.
  static var current: [String: String] {
    var count = 0
    while environ[count] != nil { count += 1 }
    var variables: [String: String] = [:]
    variables.reserveCapacity(count)
    for entry in UnsafeBufferPointer(start: environ, count: count) {
      // Split at the first "=" as bytes, as `getenv` does: finding the graphemes of every
      // variable was a tenth of the work done before the first screen.
      guard let entry, let equals = strchr(entry, Int32(UInt8(ascii: "="))) else { continue }
      let name = String(
        decoding: UnsafeRawBufferPointer(start: entry, count: equals - entry), as: UTF8.self)
      if variables[name] == nil { variables[name] = String(cString: equals + 1) }
    }
    return variables
  }
}
