import FloorMenu

// floor.c in Swift, no Foundation of any kind: what Swift itself adds to an ncursesw program.
FloorMenu.show(waiting: CommandLine.arguments.dropFirst().first == "wait")
