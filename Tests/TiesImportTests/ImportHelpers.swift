import Foundation
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Imports a fixture export the way `ties analyze` does.
func importFixture(_ name: String, options: ImportOptions = ImportOptions(jobs: 2)) async throws
  -> ImportRun
{
  try await ImportPipeline.run([FixturePaths.exports(name)], options: options)
}

/// Writes files into a fresh folder and imports it: for inputs small enough to spell out.
func importFiles(_ files: [String: String], options: ImportOptions = ImportOptions(jobs: 1))
  async throws -> ImportRun
{
  let root = try FixturePaths.temporaryFolder("inline")
  for (path, text) in files {
    let url = URL(fileURLWithPath: root + "/" + path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }
  return try await ImportPipeline.run([root], options: options)
}

/// The graph `importFiles` reads.
func importGraph(_ files: [String: String], options: ImportOptions = ImportOptions(jobs: 1))
  async throws -> InteractionGraph
{
  try await importFiles(files, options: options).graph
}

extension InteractionGraph {
  func identity(named name: String) -> Int? {
    identities.firstIndex { $0.key.value == name || $0.displayNames.contains(name) }
  }

  func interactions(from name: String) -> [Interaction] {
    guard let index = identity(named: name) else { return [] }
    return interactions.filter { $0.sender == Int32(index) }
  }

  /// The key values of the owner's identities, sorted.
  var ownerKeys: [String] {
    ownerIdentities.map { identities[$0].key.value }.sorted()
  }

  func warnings(containing text: String) -> [Diagnostic] {
    diagnostics.filter { $0.message.contains(text) }
  }
}
