import ArgumentParser
import FloorEssentials
import FloorMenu

/// floor_essentials with its argument read by swift-argument-parser: what the parser adds.
@main
struct FloorArgparser: ParsableCommand {
  /// The only argument floor.c knows.
  enum Mode: String, ExpressibleByArgument {
    case wait
  }

  static let configuration = CommandConfiguration(
    commandName: "floor_argparser",
    abstract: "Draws floor.c's menu; with `wait`, until Enter or q."
  )

  @Argument(help: "`wait`: keep the menu until Enter or q.")
  var mode: Mode?

  func run() throws {
    let note = try StartNote.make()
    FloorMenu.show(waiting: mode == .wait && !note.isEmpty)
  }
}
