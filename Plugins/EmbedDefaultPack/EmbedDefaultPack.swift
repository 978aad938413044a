import Foundation
import PackagePlugin

/// Runs `PackEmbedder` over `Data/microneedling` so that the `DefaultPack` module carries the pack.
///
/// The folder and every file in it are the inputs: the folder for files added or deleted (its
/// modification time changes), the files for edits made in place (the folder's does not).
@main
struct EmbedDefaultPack: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let packFolder = context.package.directoryURL.appending(path: "Data/microneedling")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPack.swift")
    let files = try FileManager.default.contentsOfDirectory(
      at: packFolder, includingPropertiesForKeys: nil)
    return [
      .buildCommand(
        displayName: "Embedding the default pack from Data/microneedling",
        executable: try context.tool(named: "PackEmbedder").url,
        arguments: [packFolder.path(), "Data/microneedling", output.path()],
        inputFiles: [packFolder] + files,
        outputFiles: [output]
      )
    ]
  }
}
