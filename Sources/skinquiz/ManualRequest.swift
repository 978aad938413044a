import CommandLineKit

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
    var seconds = time(nil)
    if let value = Environment.current["SOURCE_DATE_EPOCH"], !value.isEmpty {
      // Clock.now's bounds: past the year 9999 gmtime_r fails and the date was garbage.
      guard let given = Int(value), given >= 0, given <= Clock.latestSecond else {
        throw UsageError(
          "SOURCE_DATE_EPOCH must be a whole number of seconds from 1970 to the year 9999, "
            + "not '\(value)'")
      }
      seconds = time_t(given)
    }
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
