#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What a program does with FoundationEssentials at start-up, so that it is linked and run.
///
/// JSONEncoder and Date, as SkinQuiz's settings and report would use them; the note is not shown.
public enum StartNote {
  private struct Stamp: Encodable {
    let menu: String
    let started: Date
  }

  /// The menu's name and the start time, encoded as JSON.
  public static func make() throws -> String {
    let stamp = Stamp(menu: "Skin type", started: Date())
    return String(decoding: try JSONEncoder().encode(stamp), as: UTF8.self)
  }
}
