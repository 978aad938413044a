import CNcursesw
import DrawingSurface
import Testing

@testable import CursesTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CursesGlobalState {
  /// What the ncurses layer makes of the codes `wget_wch` returns.
  @Suite struct KeyMappingTests {
    @Test func maps_function_keys() {
      let expected: [(Int32, Key)] = [
        (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_A1, .home), (KEY_C1, .end), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace),
        (KEY_ENTER, .enter),
      ]
      for (code, key) in expected {
        #expect(CursesTerminal.key(forFunctionKey: code) == key, "code \(code)")
      }
      #expect(CursesTerminal.key(forFunctionKey: KEY_F0 + 5) == nil)
    }

    @Test func maps_characters_and_control_keys() {
      #expect(CursesTerminal.key(forCharacter: 13) == .enter)
      #expect(CursesTerminal.key(forCharacter: 10) == .enter)
      #expect(CursesTerminal.key(forCharacter: 9) == .tab)
      #expect(CursesTerminal.key(forCharacter: 27) == .escape)
      #expect(CursesTerminal.key(forCharacter: 127) == .backspace)
      #expect(CursesTerminal.key(forCharacter: 8) == .backspace)
      #expect(CursesTerminal.key(forCharacter: 12) == .control("l"))
      #expect(CursesTerminal.key(forCharacter: 21) == .control("u"))
      #expect(CursesTerminal.key(forCharacter: 0) == nil)
      #expect(CursesTerminal.key(forCharacter: 0x9B) == nil)
      #expect(CursesTerminal.key(forCharacter: 0x71) == .character("q"))
      #expect(CursesTerminal.key(forCharacter: 0xE9) == .character("é"))
      #expect(CursesTerminal.key(forCharacter: 0x65E5) == .character("日"))
      #expect(CursesTerminal.key(forCharacter: 0x20) == .character(" "))
    }

    @Test func is_not_usable_without_a_terminal_type() {
      #expect(!CursesTerminal.isUsable(environment: [:]))
      #expect(!CursesTerminal.isUsable(environment: ["TERM": ""]))
      #expect(!CursesTerminal.isUsable(environment: ["TERM": "dumb"]))
      #expect(!CursesTerminal.isUsable(environment: ["TERM": "no-such-terminal-type"]))
    }

    @Test(.enabled(if: isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0))
    func is_not_usable_when_input_or_output_is_not_a_terminal() {
      #expect(!CursesTerminal.isUsable(environment: ["TERM": "xterm-256color"]))
    }
  }
}
