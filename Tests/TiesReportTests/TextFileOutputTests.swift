import Foundation
import Testing
import TiesTestSupport

@testable import TiesReport

/// The buffered file output behind every text writer: what goes in comes out byte for byte,
/// whatever the buffer size, and a failure surfaces as `Data.write` would report it.
struct TextFileOutputTests {
  /// Pieces of every size, from empty to several buffers long, with multi-byte characters
  /// that may straddle a buffer's end.
  private static func pieces(count: Int) -> [String] {
    var generator = SeededGenerator(seed: 16)
    let alphabet: [Character] = ["a", "é", "<", "\n", "😀", "ж", " ", "\""]
    return (0..<count).map { _ in
      let length =
        Int(generator.next() % 9) == 0
        ? Int(generator.next() % 200_000) : Int(generator.next() % 40)
      return String(
        (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
  }

  @Test(arguments: [1, 7, 4096, TextFileOutput.defaultCapacity])
  func contentLargerThanTheBufferComesOutIdentical(capacity: Int) throws {
    let pieces = Self.pieces(count: 300)
    let expected = pieces.joined()
    #expect(expected.utf8.count > 10 * TextFileOutput.defaultCapacity)
    let path = try FixturePaths.temporaryFolder("text-output") + "/out.txt"
    let output = try TextFileOutput(path: path, capacity: capacity)
    for piece in pieces { output.write(piece) }
    try output.close()
    let written = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(written == Data(expected.utf8))
  }

  @Test func anExistingFileIsReplacedWhole() throws {
    let path = try FixturePaths.temporaryFolder("text-output") + "/out.txt"
    try Data(String(repeating: "old ", count: 50_000).utf8).write(to: URL(fileURLWithPath: path))
    let output = try TextFileOutput(path: path)
    output.write("new\n")
    try output.close()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
  }

  /// The error `ties analyze` prints must read as before the writers streamed.
  @Test func aFolderThatIsNotThereFailsAsDataWriteDoes() throws {
    let path = try FixturePaths.temporaryFolder("text-output") + "/missing/report.md"
    let expected = Self.dataWriteError(path)
    #expect(throws: (any Error).self) { _ = try TextFileOutput(path: path) }
    do {
      _ = try TextFileOutput(path: path)
    } catch {
      #expect(error.localizedDescription == expected?.localizedDescription)
      #expect((error as? CocoaError)?.code == (expected as? CocoaError)?.code)
    }
  }

  /// A full disk shows when the buffer is written, which may be only at `close()`; writes
  /// after the failure are dropped, and `close()` throws it.
  @Test(arguments: [16, TextFileOutput.defaultCapacity])
  func aFullDiskIsReportedNotLost(capacity: Int) throws {
    let path = "/dev/full"
    guard FileManager.default.fileExists(atPath: path) else {
      print("note: \(path) is absent on this system: full-disk case not run")
      return
    }
    let expected = Self.dataWriteError(path)
    let output = try TextFileOutput(path: path, capacity: capacity)
    for piece in Self.pieces(count: 20) { output.write(piece) }
    output.write("tail")
    do {
      try output.close()
      Issue.record("close() did not report the full disk")
    } catch {
      #expect(error.localizedDescription == expected?.localizedDescription)
      #expect((error as? CocoaError)?.code == .fileWriteOutOfSpace)
    }
  }

  private static func dataWriteError(_ path: String) -> (any Error)? {
    do {
      try Data(String(repeating: "x", count: 100_000).utf8).write(to: URL(fileURLWithPath: path))
      return nil
    } catch {
      return error
    }
  }
}
