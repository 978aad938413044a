import DrawingSurface
import Fixtures
import SkinQuizCore
import TestSupport
import Testing

@testable import SkinQuizTUI

/// One key map drives each screen: its handler, its footer and its help panel.
@Suite struct KeyMapTests {
  /// Every key a person can press, bar clicks and terminal events.
  static let everyKey: [Key] =
    [
      .enter, .escape, .backspace, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown,
      .home, .end,
    ]
    + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ?!/.-".map {
      Key.character($0)
    } + "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) }

  /// Keys that reach each screen of the shipped pack (and the map it should have).
  static let screens: [(name: String, keys: [Key])] = [
    ("welcome", []),
    ("single question", [.enter]),
    ("multi question", [.enter, .character("3"), .enter]),
    ("review", ScreenTests.toReview),
    ("results", ScreenTests.toReview + [.end, .enter]),
    ("results, a finding open", ScreenTests.toReview + [.end, .enter, .enter]),
    ("save", ScreenTests.toReview + [.end, .enter, .character("s")]),
  ]

  private func app(after keys: [Key]) throws -> FullScreenModel {
    let pack = try #require(ShippedPack.pack)
    var app = FullScreenModel(
      quiz: Quiz(pack: pack), size: TerminalSize(columns: 80, rows: 24),
      now: { "2026-01-01T10:00:00Z" })
    app.workingDirectory = "/home/pat"
    for key in keys { _ = app.handle(key) }
    return app
  }

  @Test(arguments: screens.map(\.name))
  func no_key_does_anything_its_map_does_not_name(_ name: String) throws {
    let keys = try #require(Self.screens.first { $0.name == name }?.keys)
    let start = try app(after: keys)
    // The keys act by the map without its words; both say the same of every key.
    for key in Self.everyKey {
      #expect(
        start.commandKeys.command(for: key) == start.keyMap.command(for: key), "\(name): \(key)")
    }
    for key in Self.everyKey where start.keyMap.command(for: key) == nil {
      var app = start
      let effects = app.handle(key)
      let typedInName =
        start.saveDialog != nil && { if case .character = key { true } else { false } }()
      if typedInName { continue }  // the save dialog's name field takes any character
      #expect(effects.isEmpty, "\(name): \(key) asked the runner for \(effects)")
      #expect(app.render() == start.render(), "\(name): \(key) changed the screen")
    }
  }

  @Test(arguments: screens.map(\.name))
  func the_footer_and_the_help_come_from_the_map(_ name: String) throws {
    let keys = try #require(Self.screens.first { $0.name == name }?.keys)
    let app = try app(after: keys)
    let footer = try #require(app.render().lines.last)
    let hints = app.keyMap.hints
    #expect(!hints.isEmpty)
    // The footer shows the first hints, in order, each key with its word.
    let shown = hints.prefix { footer.contains("\($0.key) \($0.action)") }
    #expect(shown.count >= 3, "\(name): \(footer)")
    #expect(footer.hasPrefix("\(hints[0].key) \(hints[0].action)"))
    // Every key is named in the help, by name.
    for binding in app.keyMap.bindings {
      for (key, _) in binding.commands where !binding.help.keys.contains(key.name) {
        if case .character(let digit) = key, digit.isNumber, binding.help.keys.contains("1–9") {
          continue
        }
        Issue.record("\(name): the help does not name \(key.name)")
      }
    }
    guard app.saveDialog == nil else { return }  // the dialog has no help panel: ? is text there
    var helped = app
    _ = helped.handle(.character("?"))
    // Wrapped rows joined again read as the map says.
    let rows = helped.helpContent(width: 68).rows
    let helpKeys = rows.compactMap(\.keys).filter { !$0.isEmpty }.joined(separator: " ")
    let text = rows.map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
    for binding in app.keyMap.bindings {
      #expect(helpKeys.contains(binding.help.keys), "\(name): the help lacks \(binding.help.keys)")
      #expect(text.contains(binding.help.action), "\(name): the help lacks \(binding.help.action)")
    }
  }

  @Test func no_key_is_bound_twice_on_a_screen() {
    let maps: [KeyMap] = [
      .welcome(more: true), .question(.single), .question(.multi),
      .review(onResultRow: false), .results(open: false), .save, .confirmReplace,
    ]
    for map in maps {
      let keys = map.bindings.flatMap { $0.commands.map(\.key) }
      #expect(Set(keys).count == keys.count, "\(map.hints.map(\.key))")
    }
  }

  @Test func footers_name_what_enter_does_now() throws {
    let review = try app(after: ScreenTests.toReview)
    #expect(review.keyMap.hints.first { $0.key == "Enter" }?.action == "see result")
    let moved = try app(after: ScreenTests.toReview + [.up])
    #expect(moved.keyMap.hints.first { $0.key == "Enter" }?.action == "change")
    let open = try app(after: ScreenTests.toReview + [.end, .enter, .enter])
    #expect(open.keyMap.hints.first { $0.key == "Enter" }?.action == "close")
  }

  @Test func a_long_help_panel_scrolls_and_any_other_key_closes_it() throws {
    let pack = try #require(ShippedPack.pack)
    var app = FullScreenModel(
      quiz: Quiz(pack: pack), size: TerminalSize(columns: 40, rows: 12), now: { "x" })
    _ = app.handle(.character("?"))
    let first = app.render().text
    #expect(first.contains("↑↓ scroll  other keys close"))
    _ = app.handle(.pageDown)
    let scrolled = app.render().text
    #expect(scrolled != first)
    #expect(scrolled.contains("On each question"))
    _ = app.handle(.character("x"))
    #expect(app.overlay == nil)
  }
}
