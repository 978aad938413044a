import CommandLineKit
import SkinQuizCore

/// The hidden `--generate-manual <prefix>`, with which `make man` and `make install` write
/// skinquiz(1) for the installation's prefix.
enum ManualRequest {
  /// The option: hidden, since it is for the build, not for people.
  static let option = Option(
    name: "generate-manual", valueName: "prefix",
    help: "Print the manual page for an installation under this prefix.", values: [],
    completion: .folder, isHidden: true)

  /// The page, its files under `prefix`, dated `$SOURCE_DATE_EPOCH` (so that the same
  /// sources make the same page) or else today.
  static func page(prefix: String) throws -> String {
    var seconds = time_t(try Clock.instant().seconds)
    var day = tm()
    gmtime_r(&seconds, &day)
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let date = "\(months[Int(day.tm_mon)]) \(day.tm_mday), \(day.tm_year + 1900)"
    let page = ManualPage(
      root: SkinQuiz.commandLine, date: date, substitutions: [("<prefix>", prefix)])
    return page.text
  }
}
