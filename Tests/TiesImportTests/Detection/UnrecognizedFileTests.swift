import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Files that look like an export's but are not: named in the run, never read as one.
struct UnrecognizedFileTests {
  @Test func logFilesAreNotChats() async throws {
    let graph = try await importGraph([
      "server.txt": "2024-01-02 10:00 - INFO: started\n2024-01-02 10:01 - WARN: slow disk\n"
    ])
    #expect(graph.interactions.isEmpty)
    #expect(!graph.warnings(containing: "not recognized").isEmpty)
  }
}
