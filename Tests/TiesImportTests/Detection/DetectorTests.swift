import Testing
import TiesCore

@testable import TiesImport

struct DetectorTests {
  @Test func badFilesAreNamedAndTheRunGoesOn() async throws {
    let run = try await importFixture("bad-files")
    let graph = run.graph
    let warned = Set(graph.diagnostics.map { lastComponent($0.path) })
    #expect(warned.isSuperset(of: ["empty.txt", "binary.dat", "notes.txt", "followers_1.json"]))
    #expect(!warned.contains("photo.jpg"))  // media is listed quietly
    // The good chat is still read.
    #expect(graph.interactions.count == 2)
    let skipped = graph.files.filter { $0.status == .skipped }.map { lastComponent($0.path) }
    #expect(
      Set(skipped).isSuperset(of: [
        "empty.txt", "binary.dat", "notes.txt", "followers_1.json", "photo.jpg",
      ]))
  }

  @Test func recognizesByContentNotOnlyByName() async throws {
    let run = try await importFixture("whatsapp-edge-cases")
    #expect(run.detection.claimed.map(\.recognition.platform) == [.whatsapp])
  }

  @Test func missingInputThrows() async {
    await #expect(throws: ExportWalker.Failure.self) {
      _ = try await ImportPipeline.run(["/nonexistent/ties-input"], options: ImportOptions())
    }
  }
}

private func lastComponent(_ path: String) -> String {
  path.split(separator: "/").last.map(String.init) ?? path
}
