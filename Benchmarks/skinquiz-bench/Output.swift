// What the benchmarks print: one JSON object a benchmark on standard output, notes and errors
// for people on standard error.
import Glibc

/// `value` as 16 hexadecimal digits, as profiles.py prints its checksum.
func hex16(_ value: UInt64) -> String {
  let digits = String(value, radix: 16)
  return String(repeating: "0", count: 16 - digits.count) + digits
}

/// `value` as a JSON number, or `null` when it is not finite (a run too fast to time).
func json(_ value: Double) -> String {
  value.isFinite ? String(value) : "null"
}

/// Reports `message` on standard error and exits with status 1.
func fail(_ message: String) -> Never {
  writeStandardError("skinquiz-bench: error: \(message)\n")
  exit(1)
}

/// Writes `message` and a newline to standard error.
func note(_ message: String) {
  writeStandardError(message + "\n")
}

/// Writes `text` to standard error.
func writeStandardError(_ text: String) {
  var text = text
  text.withUTF8 { buffer in
    _ = write(2, buffer.baseAddress, buffer.count)
  }
}
