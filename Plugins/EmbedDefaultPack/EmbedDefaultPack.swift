import Foundation
import PackagePlugin

/// Runs `PackEmbedder` over `Data/microneedling` so that the `DefaultPack` module carries the pack.
///
/// The folder itself is the input, so adding, editing or deleting a pack file rebuilds the module.
@main
struct EmbedDefaultPack: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let packFolder = context.package.directoryURL.appending(path: "Data/microneedling")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPack.swift")
    return [
      .buildCommand(
        displayName: "Embedding the default pack from Data/microneedling",
        executable: try context.tool(named: "PackEmbedder").url,
        arguments: [packFolder.path(), "Data/microneedling", output.path()],
        inputFiles: [packFolder],
        outputFiles: [output]
      )
    ]
  }
}
