import Foundation
import Testing
import TiesTestSupport

@testable import TiesImport

struct ByteLineReaderTests {
  private func lines(of text: String, chunkSize: Int, maximum: Int = 1 << 20) throws -> (
    [String], Int
  ) {
    let folder = try FixturePaths.temporaryFolder("lines")
    let path = folder + "/input.txt"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    var reader = ByteLineReader(path: path, chunkSize: chunkSize, maximumLineLength: maximum)
    var result: [String] = []
    try reader.forEachLine { line, number in
      #expect(number == result.count + 1)
      result.append(String(decoding: line, as: UTF8.self))
    }
    return (result, reader.overlongLines)
  }

  // Streaming readers break at buffer boundaries: every chunk size must give the same lines.
  @Test(arguments: [1, 2, 3, 7, 4096])
  func splitsLinesAtEveryChunkSize(chunkSize: Int) throws {
    let (result, _) = try lines(of: "one\r\ntwo\n\nthree\r\nlast", chunkSize: chunkSize)
    #expect(result == ["one", "two", "", "three", "last"])
  }

  @Test(arguments: [1, 5, 4096])
  func finalNewlineAddsNoLine(chunkSize: Int) throws {
    let (result, _) = try lines(of: "a\nb\n", chunkSize: chunkSize)
    #expect(result == ["a", "b"])
  }

  @Test func emptyFileHasNoLines() throws {
    let (result, _) = try lines(of: "", chunkSize: 8)
    #expect(result.isEmpty)
  }

  @Test func overlongLinesAreCutAndCounted() throws {
    let long = String(repeating: "x", count: 100)
    let (result, overlong) = try lines(of: "a\n\(long)\nb\n", chunkSize: 8, maximum: 16)
    #expect(result.count == 3)
    #expect(result.first == "a")
    #expect(result.last == "b")
    #expect(overlong == 1)
  }

  @Test func missingFileThrows() {
    var reader = ByteLineReader(path: "/nonexistent/ties/file.txt")
    #expect(throws: ByteReadError.self) { try reader.forEachLine { _, _ in } }
  }
}
