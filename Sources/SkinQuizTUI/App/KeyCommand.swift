/// What a key asks a screen to do; each screen's ``KeyMap`` turns keys into these.
enum KeyCommand: Equatable {
  /// Move the highlight (or the text) one step up or down.
  case up, down
  /// Move a page up or down.
  case pageUp, pageDown
  /// Go to the first or the last item.
  case first, last
  /// Choose (or tick) the highlighted option.
  case choose
  /// Choose (or tick) the option with this number, from 1.
  case chooseNumber(Int)
  /// Go on: start, take the answer, open the highlighted row, save.
  case next
  /// Go on to the next question without taking the highlighted option.
  case skip
  /// Go back, or cancel.
  case back
  /// Save the result to a file.
  case save
  /// End the session with the result.
  case finish
  /// Show the help panel.
  case help
  /// Ask whether to quit.
  case quit
  /// Draw the whole screen again (the runner does it).
  case redraw
  /// Move the cursor in a text field, or delete there.
  case cursorLeft, cursorRight, cursorStart, cursorEnd, deleteBack, deleteForward, clear
}
