import Foundation

/// The time a result is made, as an ISO 8601 UTC timestamp.
enum Clock {
  /// Now, or `$SOURCE_DATE_EPOCH` (seconds since 1970) when set, for reproducible output.
  static func now() -> String {
    var date = Date()
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) {
      date = Date(timeIntervalSince1970: epoch)
    }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}
