import FloorEssentials
import FloorMenu

// floor_swift plus FoundationEssentials, used before the first screen as a program's start-up
// would use it: what FoundationEssentials adds without ICU.
let note = try StartNote.make()
FloorMenu.show(waiting: CommandLine.arguments.dropFirst().first == "wait" && !note.isEmpty)
