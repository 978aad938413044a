import DrawingSurface
import SkinQuizCore

/// One screen's keys: what each does, in the words the footer and the help panel use.
///
/// The handlers, the footer and the help are all read from here, so a key cannot do one thing
/// and be described as another.
struct KeyMap {
  /// Keys that belong together (such as ↑ ↓ k j), what each does, and how the footer and the
  /// help panel name them.
  struct Binding {
    /// Each key and what it does, in the order the help names them.
    var commands: [(key: Key, command: KeyCommand)]
    /// The footer's hint (the keys in short, and what they do in a word or two), if shown.
    var hint: (key: String, action: String)?
    /// What the keys do, as the help panel says it.
    var action: String

    /// Keys that each do something of their own.
    init(
      _ commands: KeyValuePairs<Key, KeyCommand>, hint: (String, String)? = nil, action: String
    ) {
      self.commands = commands.map { (key: $0.key, command: $0.value) }
      self.hint = hint.map { (key: $0.0, action: $0.1) }
      self.action = action
    }

    /// Keys that all do `command`.
    init(_ keys: [Key], _ command: KeyCommand, hint: (String, String)? = nil, action: String) {
      self.init(each: keys.map { ($0, command) }, hint: hint, action: action)
    }

    /// Keys that each do something of their own, listed.
    init(each commands: [(Key, KeyCommand)], hint: (String, String)? = nil, action: String) {
      self.commands = commands.map { (key: $0.0, command: $0.1) }
      self.hint = hint.map { (key: $0.0, action: $0.1) }
      self.action = action
    }

    /// The help panel's line: every key, by name, then what they do.
    var help: (keys: String, action: String) {
      (Key.names(commands.map(\.key)), action)
    }
  }

  /// The bindings, most important first: the footer keeps the first when it runs short.
  var bindings: [Binding]

  /// What `key` does here, if anything.
  func command(for key: Key) -> KeyCommand? {
    for binding in bindings {
      if let command = binding.commands.first(where: { $0.key == key })?.command { return command }
    }
    return nil
  }

  /// The footer's hints, in order.
  var hints: [(key: String, action: String)] { bindings.compactMap(\.hint) }

  /// The help panel's lines: each set of keys and what they do.
  var helpLines: [(keys: String, action: String)] { bindings.map(\.help) }
}

extension KeyMap {
  /// The keys that move a highlight through a list (or scroll a text): the footer names the
  /// first (↑↓ "move") when `hint` is given.
  static func moving(_ what: String, hint: (String, String)? = ("↑↓", "move")) -> [Binding] {
    [
      Binding(
        [.up: .up, .down: .down, .character("k"): .up, .character("j"): .down], hint: hint,
        action: what),
      Binding(
        [.pageUp: .pageUp, .pageDown: .pageDown, .home: .first, .end: .last],
        action: "jump by a page, or to the start or the end"),
    ]
  }

  /// The keys that scroll a panel.
  static let scrolling = KeyMap(bindings: moving("scroll"))

  /// `?` for the help panel, called `name` in the footer.
  static func help(_ name: String, _ what: String) -> Binding {
    Binding([.character("?")], .help, hint: ("?", name), action: what)
  }

  /// Ctrl-L, which the runner handles.
  static let redraw = Binding([.control("l")], .redraw, action: "draw the screen again")

  /// The welcome screen's keys; `more` when the text goes on below.
  static func welcome(more: Bool) -> KeyMap {
    KeyMap(
      bindings: [
        Binding(
          [.enter, .character(" "), .tab, .right], .next, hint: ("Enter", "start"),
          action: "start the quiz"),
        help("help", "show these keys"),
        Binding([.character("q"), .escape], .quit, hint: ("q", "quit"), action: "quit"),
      ] + moving("scroll the text", hint: more ? ("↓", "read on") : nil) + [redraw])
  }

  /// A question's keys, in the words of its kind: one answer chosen, or several ticked.
  static func question(_ kind: Question.Kind) -> KeyMap {
    // A new kind must say its own words here, not borrow another's.
    let (choose, chooseHint, chooseNumber, next) =
      switch kind {
      case .single:
        (
          "choose the highlighted answer", "choose", "choose that answer (0 is the 10th)",
          "go on with your answer (or the one you moved to)"
        )
      case .multi:
        (
          "tick or untick the highlighted answer", "tick",
          "tick or untick that answer (0 is the 10th)",
          "go on with the ticked answers"
        )
      }
    return KeyMap(
      bindings: [
        Binding(
          [.character(" "), .character("x")], .choose, hint: ("Space", chooseHint),
          action: choose),
        Binding([.enter], .next, hint: ("Enter", "next"), action: next),
        Binding(
          each: (1...10).compactMap { number in
            numberKey(number).map { (Key.character($0), KeyCommand.chooseNumber(number)) }
          }, action: chooseNumber),
      ] + moving("move between the answers")
        + [
          Binding(
            [.escape, .backspace, .backTab, .left], .back, hint: ("Esc", "back"),
            action: "go back a question"),
          help("why we ask", "show why we ask this question"),
          Binding([.character("q")], .quit, hint: ("q", "quit"), action: "quit"),
          Binding(
            [.tab, .right], .skip, action: "go on without taking the highlighted answer"),
          redraw,
        ],
    )
  }

  /// The key that chooses option `number` (from 1): its digit, and 0 for the 10th, as in many
  /// terminal programs; `nil` past the 10th, which is reached with the arrows.
  static func numberKey(_ number: Int) -> Character? {
    switch number {
    case 1...9: Character(String(number))
    case 10: "0"
    default: nil
    }
  }

  /// The review's keys; `onResultRow` when the highlight is on "See my result".
  static func review(onResultRow: Bool) -> KeyMap {
    KeyMap(
      bindings: moving("move between your answers") + [
        Binding(
          [.enter, .character(" "), .right], .next,
          hint: ("Enter", onResultRow ? "see result" : "change"),
          action: "change that answer, or see your result from the last row"),
        Binding(
          [.escape, .backspace, .left, .backTab], .back, hint: ("Esc", "back"),
          action: "go back to the last question"),
        help("keys", "show these keys"),
        Binding([.character("q")], .quit, hint: ("q", "quit"), action: "quit"),
        redraw,
      ])
  }

  /// The result's keys; `open` when the highlighted finding is open, `inView` when it is on
  /// screen (Enter first brings it into view).
  ///
  /// Opening, saving and finishing come first: on a narrow screen the footer keeps them and
  /// lets the arrows (which anyone tries) give way.
  static func results(open: Bool, inView: Bool = true) -> KeyMap {
    KeyMap(
      bindings: [
        Binding(
          [.enter, .character(" "), .right], .next,
          hint: ("Enter", inView ? (open ? "close" : "open") : "to findings"),
          action: "open or close a finding: why it appears and its sources"),
        Binding([.character("s")], .save, hint: ("s", "save"), action: "save your result"),
        Binding(
          [.character("q")], .finish, hint: ("q", "finish"),
          action: "finish: the short summary is printed when the screen closes"),
      ] + moving("move between the findings")
        + [
          Binding(
            [.escape, .backspace, .left, .backTab], .back, hint: ("Esc", "back"),
            action: "go back to your answers"),
          help("keys", "show these keys"),
          redraw,
        ])
  }

  /// The keys while the save dialog asks whether to replace a file.
  static let confirmReplace = KeyMap(
    bindings: [
      Binding(
        [.character("y"), .character("Y")], .next, hint: ("y", "replace"), action: "replace it"
      ),
      Binding([], .back, hint: ("other keys", "keep it"), action: "keep it"),
    ])

  /// The save dialog's keys: every other character is typed into the file name.
  static let save = KeyMap(
    bindings: [
      Binding([.enter], .next, hint: ("Enter", "save"), action: "save"),
      Binding([.escape], .back, hint: ("Esc", "cancel"), action: "cancel"),
      Binding(
        [
          .left: .cursorLeft, .right: .cursorRight, .home: .cursorStart, .end: .cursorEnd,
          .control("a"): .cursorStart, .control("e"): .cursorEnd,
        ], hint: ("←→", "move"), action: "move in the name"),
      Binding(
        [.backspace: .deleteBack, .control("d"): .deleteForward, .control("u"): .clear],
        action: "delete before or under the cursor, or clear the name"),
    ])
}
