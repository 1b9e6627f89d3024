import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Imports a fixture export the way `ties analyze` does.
func importFixture(_ name: String, options: ImportOptions = ImportOptions(jobs: 2)) async throws
  -> ImportRun
{
  try await ImportPipeline.run([FixturePaths.exports(name)], options: options)
}

extension InteractionGraph {
  func identity(named name: String) -> Int? {
    identities.firstIndex { $0.key.value == name || $0.displayNames.contains(name) }
  }

  func interactions(from name: String) -> [Interaction] {
    guard let index = identity(named: name) else { return [] }
    return interactions.filter { $0.sender == Int32(index) }
  }

  var ownerNames: [String] {
    ownerIdentities.map { identities[$0].key.value }.sorted()
  }

  func warnings(containing text: String) -> [Diagnostic] {
    diagnostics.filter { $0.message.contains(text) }
  }
}
