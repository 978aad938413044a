import FloorMenu
import Foundation

// floor_swift plus full Foundation, reached through FileHandle.standardError as SkinQuiz once
// wrote its errors: what full Foundation (and ICU with it) adds. Nothing is written.
FileHandle.standardError.write(Data())
FloorMenu.show(waiting: CommandLine.arguments.dropFirst().first == "wait")
