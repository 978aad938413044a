extension Array where Element == String {
  /// The items in a phrase, joined by `conjunction` ("and", "or"): "a", "a and b",
  /// "a, b and c".
  public func inWords(_ conjunction: String) -> String {
    guard let last else { return "" }
    return count == 1 ? last : dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}
