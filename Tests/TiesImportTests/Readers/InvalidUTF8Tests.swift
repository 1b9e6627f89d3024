import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

struct InvalidUTF8Tests {
  @Test func oneBadByteDoesNotCostTheFile() async throws {
    let root = try FixturePaths.temporaryFolder("utf8")
    let folder = root + "/connections/followers_and_following"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var bytes = Array(#"[{"string_list_data": [{"value": "bob"#.utf8)
    bytes += [0xFF, 0xFE]
    bytes += Array(#"", "timestamp": 1700000000}]}]"#.utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/followers_1.json"))
    let graph = try await ImportPipeline.run([root], options: ImportOptions(jobs: 1)).graph
    #expect(graph.links.count == 1)
    #expect(!graph.warnings(containing: "invalid UTF-8").isEmpty)
  }
}
