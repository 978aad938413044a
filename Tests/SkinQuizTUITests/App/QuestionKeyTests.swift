import DrawingSurface
import Fixtures
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

extension ScriptedKeys {
  /// The keys on a question: moving, choosing, going on and back, help, quitting, a click and
  /// a resize.
  @Suite struct QuestionKeyTests {
    @Test func up_down_and_j_k_move_the_cursor() throws {
      #expect(cursorLine(try run([.enter, .down]).terminal) == " › 2 ( ) 18 to 21")
      #expect(
        cursorLine(try run([.enter, .character("j"), .character("j")]).terminal)
          == " › 3 ( ) 22 or older")
      #expect(cursorLine(try run([.enter, .down, .down, .up]).terminal) == " › 2 ( ) 18 to 21")
      #expect(
        cursorLine(try run([.enter, .down, .character("k")]).terminal) == " › 1 ( ) Under 18")
      #expect(cursorLine(try run([.enter, .up]).terminal) == " › 1 ( ) Under 18")
    }

    @Test func home_end_and_page_keys_jump() throws {
      #expect(cursorLine(try run([.enter, .end]).terminal) == " › 3 ( ) 22 or older")
      #expect(cursorLine(try run([.enter, .end, .home]).terminal) == " › 1 ( ) Under 18")
      #expect(cursorLine(try run([.enter, .pageDown]).terminal) == " › 3 ( ) 22 or older")
      #expect(cursorLine(try run([.enter, .pageDown, .pageUp]).terminal) == " › 1 ( ) Under 18")
    }

    @Test func space_and_x_choose_and_enter_moves_on() throws {
      let picked = try run([.enter, .end, .character(" ")])
      #expect(cursorLine(picked.terminal) == " › 3 (•) 22 or older")
      let next = try run([.enter, .end, .character(" "), .enter])
      #expect(try chosen(next.app, "age_band") == ["22_plus"])
      #expect(next.terminal.screen.contains("Which concerns would you like to improve?"))
      let ticked = try run([
        .enter, .character("3"), .enter, .character("x"), .down, .character("x"),
      ])
      #expect(ticked.terminal.screen.contains("1 [x] Acne scars"))
      #expect(ticked.terminal.screen.contains("2 [x] Fine lines and wrinkles"))
    }

    @Test func enter_on_a_single_question_takes_the_option_the_highlight_was_moved_to() throws {
      let result = try run([.enter, .down, .enter])
      #expect(try chosen(result.app, "age_band") == ["18_21"])
    }

    @Test func enter_on_a_new_single_question_chooses_nothing_and_says_what_to_do() throws {
      // The highlight starts on "Under 18"; pressing Enter must not answer for the person.
      let result = try run([.enter, .enter])
      #expect(result.app.quiz.currentQuestion?.id == "age_band")
      #expect(try chosen(result.app, "age_band") == [])
      #expect(result.terminal.screen.contains("Choose an answer first: press its number"))
      #expect(cursorLine(result.terminal) == " › 1 ( ) Under 18")
    }

    @Test func numbers_pick_option_n_and_toggle_in_multi_questions() throws {
      let single = try run([.enter, .character("2")])
      #expect(cursorLine(single.terminal) == " › 2 (•) 18 to 21")
      let multi = try run([
        .enter, .character("3"), .enter, .character("1"), .character("3"), .character("1"),
      ])
      #expect(multi.terminal.screen.contains("1 [ ] Acne scars"))
      #expect(multi.terminal.screen.contains("3 [x] Enlarged pores"))
      let beyond = try run([.enter, .character("7")])
      #expect(beyond.terminal.screen.contains("There is no option 7: choose 1 to 3"))
    }

    @Test func an_exclusive_option_clears_the_others_and_the_others_clear_it() throws {
      let none = try run([
        .enter, .character("3"), .enter, .character("1"), .character("2"), .character("5"),
      ])
      #expect(none.terminal.screen.contains("1 [ ] Acne scars"))
      #expect(none.terminal.screen.contains("5 [x] None of these"))
      let back = try run([.enter, .character("3"), .enter, .character("5"), .character("1")])
      #expect(back.terminal.screen.contains("1 [x] Acne scars"))
      #expect(back.terminal.screen.contains("5 [ ] None of these"))
    }

    @Test func enter_on_a_multi_question_with_nothing_ticked_explains_what_to_do() throws {
      let result = try run([.enter, .character("3"), .enter, .enter])
      #expect(
        result.terminal.screen.contains(
          "Tick at least one answer (Space or its number), then Enter"))
      #expect(result.app.quiz.currentQuestion?.id == "concerns")
    }

    @Test func tab_and_right_go_on_shift_tab_left_escape_and_backspace_go_back() throws {
      for forward in [Key.tab, .right] {
        let result = try run([.enter, .character("3"), forward])
        #expect(result.app.quiz.currentQuestion?.id == "concerns")
      }
      for backward in [Key.backTab, .left, .escape, .backspace] {
        let result = try run([.enter, .character("3"), .enter, backward])
        #expect(result.app.quiz.currentQuestion?.id == "age_band", "\(backward)")
        #expect(cursorLine(result.terminal) == " › 3 (•) 22 or older", "\(backward)")
      }
      let welcome = try run([.enter, .escape])
      #expect(welcome.terminal.screen.contains("Enter start"))
    }

    @Test func question_mark_shows_why_we_ask_and_any_key_closes_it() throws {
      let open = try run([.enter, .character("?")])
      #expect(open.terminal.screen.contains("Why we ask"))
      let closed = try run([.enter, .character("?"), .down])
      #expect(!closed.terminal.screen.contains("Why we ask"))
      #expect(cursorLine(closed.terminal) == " › 1 ( ) Under 18")  // the key only closed the window
    }

    @Test func q_asks_before_quitting() throws {
      let asked = try run([.enter, .character("q")])
      #expect(asked.terminal.screen.contains("Quit without finishing?"))
      let kept = try run([.enter, .character("q"), .character("n")])
      #expect(!kept.terminal.screen.contains("Quit without finishing?"))
      #expect(try run([.enter, .character("q"), .character("y")]).outcome == .quit)
    }

    @Test func ctrl_l_repaints() throws {
      #expect(try run([.enter, .control("l")]).terminal.repaints == 1)
    }

    @Test func a_click_on_an_option_picks_it() throws {
      let result = try run([.enter, .click(row: 6, column: 10)])
      #expect(cursorLine(result.terminal) == " › 2 (•) 18 to 21")
    }

    @Test func a_resize_keeps_the_question_and_the_selection() throws {
      let pack = try #require(ShippedPack.pack)
      let terminal = MemoryTerminal(
        size: size, keys: [.enter, .character("3"), .enter, .character("2")])
      var app = FullScreenModel(quiz: Quiz(pack: pack), size: size, now: { "2026-01-01T10:00:00Z" })
      _ = FullScreenLoop.run(&app, on: terminal)
      terminal.size = TerminalSize(columns: 40, rows: 12)
      terminal.keys = [.resize]
      _ = FullScreenLoop.run(&app, on: terminal)
      #expect(terminal.screen.contains("Which concerns would you like to"))
      #expect(terminal.screen.contains("2 [x] Fine lines and wrinkles"))
      terminal.size = TerminalSize(columns: 20, rows: 5)
      terminal.keys = [.resize]
      _ = FullScreenLoop.run(&app, on: terminal)
      #expect(terminal.screen.contains("Please enlarge"))
      terminal.size = size
      terminal.keys = [.resize, .enter]
      _ = FullScreenLoop.run(&app, on: terminal)
      #expect(try chosen(app, "concerns") == ["wrinkles_fine_lines"])
    }

    @Test func the_end_of_input_quits() throws {
      #expect(try run([.enter]).outcome == .quit)
    }

    @Test func tab_and_right_move_on_only_with_a_choice() throws {
      let result = try run([.enter, .tab])
      #expect(result.app.quiz.currentQuestion?.id == "age_band")
      #expect(result.terminal.screen.contains("Choose an answer first: press its number"))
      #expect(try chosen(result.app, "age_band") == [])
    }
  }
}
