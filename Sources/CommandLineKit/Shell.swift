/// The shells a completion script is written for.
///
/// In the order the error for an unknown shell lists them.
public enum Shell: String, Sendable, CaseIterable {
  case zsh
  case bash
  case fish

  /// The shell at the path `$SHELL` names, such as `/usr/bin/zsh`, if it is one of these.
  ///
  /// - Throws: `shellNotDetected` when it is not.
  public init(loginShell path: String?) throws(CommandLineError) {
    let name = path?.split(separator: "/").last.map(String.init) ?? ""
    guard let shell = Shell(rawValue: name) else {
      throw CommandLineError(.shellNotDetected(path), path: [])
    }
    self = shell
  }

  /// `text` in single quotes, as all three read it (a quote inside is written `'\''`).
  public static func singleQuoted(_ text: String) -> String {
    "'" + text.replacingAll("'", with: "'\\''") + "'"
  }

  /// `word` as a person would type it: as it is when nothing in it is special to a shell
  /// (letters, digits and `._/-+`), else in single quotes.
  public static func typed(_ word: String) -> String {
    let plain = word.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || $0.properties.numericType != nil
        || "._/-+".unicodeScalars.contains($0)
    }
    return plain && !word.isEmpty ? word : singleQuoted(word)
  }
}
