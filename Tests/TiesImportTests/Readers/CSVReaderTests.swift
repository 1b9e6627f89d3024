import Foundation
import Testing
import TiesTestSupport

@testable import TiesImport

struct CSVReaderTests {
  struct Row: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var description: String { "\(line): \(fields)" }
  }

  private func rows(_ text: String, chunkSize: Int = 1 << 20) throws -> ([Row], Int) {
    try rows(bytes: Array(text.utf8), chunkSize: chunkSize)
  }

  private func rows(bytes: [UInt8], chunkSize: Int) throws -> ([Row], Int) {
    let folder = try FixturePaths.temporaryFolder("csv")
    let path = folder + "/t.csv"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    var reader = CSVReader(path: path, chunkSize: chunkSize)
    var result: [Row] = []
    try reader.forEachRecord { record in
      result.append(Row(line: record.line, fields: (0..<record.count).map { record.string($0) }))
    }
    return (result, reader.unterminatedQuotes)
  }

  static let tricky =
    "\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"multi\nline\r\ntext\"\r\n\r\nplain,\"\",last\n"
    + "ragged,row\n\"é😀\",,\"\"\"\"\nno,final,newline"

  static let expected = [
    Row(line: 1, fields: ["a", "b", "c"]),
    Row(line: 2, fields: ["x, y", "say \"hi\"", "multi\nline\r\ntext"]),
    Row(line: 6, fields: ["plain", "", "last"]),
    Row(line: 7, fields: ["ragged", "row"]),
    Row(line: 8, fields: ["é😀", "", "\""]),
    Row(line: 9, fields: ["no", "final", "newline"]),
  ]

  @Test(arguments: [1, 2, 3, 4, 5, 7, 13, 64, 4096])
  func sameRowsForEveryBufferSize(_ chunkSize: Int) throws {
    let (result, open) = try rows(Self.tricky, chunkSize: chunkSize)
    #expect(result == Self.expected)
    #expect(open == 0)
  }

  @Test(arguments: [1, 3, 8, 1 << 20])
  func generatedMessagesFileReadsAlikeInEveryBufferSize(_ chunkSize: Int) throws {
    var text = "CONVERSATION ID,FROM,DATE,CONTENT\r\n"
    for index in 0..<200 {
      let content =
        index % 3 == 0 ? "\"line one\nline \"\"two\"\", with comma\"" : "plain text \(index)"
      text += "c\(index % 7),Name \(index),2024-01-0\(index % 9 + 1) 10:00:00 UTC,\(content)\r\n"
    }
    let (reference, _) = try rows(text, chunkSize: 1 << 20)
    #expect(reference.count == 201)
    #expect(reference[1].fields[3] == "line one\nline \"two\", with comma")
    #expect(reference[2].line == 4)
    let (result, _) = try rows(text, chunkSize: chunkSize)
    #expect(result == reference)
  }

  @Test(arguments: [1, 2, 4096])
  func lenientQuotesAndLoneCR(_ chunkSize: Int) throws {
    let (result, open) = try rows(
      "a\"b,\"q\"tail,c\rnext,\"open\nfield", chunkSize: chunkSize)
    #expect(
      result == [
        Row(line: 1, fields: ["a\"b", "\"q\"tail", "c"]),
        Row(line: 2, fields: ["next", "open\nfield"]),
      ])
    #expect(open == 1)
  }

  @Test func characterCountUndoesDoubledQuotes() throws {
    let folder = try FixturePaths.temporaryFolder("csv")
    let path = folder + "/t.csv"
    try Data("\"é \"\"ok\"\"\",abc\n".utf8).write(to: URL(fileURLWithPath: path))
    var reader = CSVReader(path: path, chunkSize: 3)
    var counts: [Int] = []
    try reader.forEachRecord { record in
      counts = (0..<record.count).map { record.characterCount($0) }
    }
    #expect(counts == [6, 3])
  }

  /// Records wider than the parser's first field storage, narrower ones after them, and a
  /// record cut by the buffer's end while it grows.
  @Test func wideRecordsKeepEveryField() throws {
    let folder = try FixturePaths.temporaryFolder("csv")
    let path = folder + "/t.csv"
    let wide = (0..<100).map { $0 % 3 == 0 ? "\"f\($0),\"" : "f\($0)" }
    let text = wide.joined(separator: ",") + "\na,\"b\"\n" + wide.joined(separator: ",") + "\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    var reader = CSVReader(path: path, chunkSize: 7)
    var rows: [[String]] = []
    try reader.forEachRecord { record in
      rows.append((0..<record.count).map { record.string($0) })
    }
    let expected = (0..<100).map { $0 % 3 == 0 ? "f\($0)," : "f\($0)" }
    #expect(rows == [expected, ["a", "b"], expected])
  }

  @Test func tooLongRecordStopsWithItsLine() throws {
    let folder = try FixturePaths.temporaryFolder("csv")
    let path = folder + "/t.csv"
    try Data(("a,b\n\"" + String(repeating: "x", count: 100)).utf8).write(
      to: URL(fileURLWithPath: path))
    var reader = CSVReader(path: path, chunkSize: 8, maximumRecordLength: 32)
    var seen = 0
    #expect(throws: ByteReadError.recordTooLong(path: path, line: 2, limit: 32)) {
      try reader.forEachRecord { _ in seen += 1 }
    }
    #expect(seen == 1)
  }

  @Test func missingFileThrows() {
    var reader = CSVReader(path: "/nonexistent/ties.csv")
    #expect(throws: ByteReadError.self) { try reader.forEachRecord { _ in } }
  }

  @Test func wordAtATimeSearchFindsTheFirstDelimiter() {
    var generator = SystemRandomNumberGenerator()
    let alphabet: [UInt8] = [0x2C, 0x0A, 0x0D, 0x01, 0x2B, 0x2D, 0x0B, 0x0C, 0x61, 0xFF, 0x80]
    for _ in 0..<2000 {
      let length = Int.random(in: 0...40, using: &generator)
      let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
      let start = Int.random(in: 0...length, using: &generator)
      let naive =
        bytes[start...].firstIndex { $0 == 0x2C || $0 == 0x0A || $0 == 0x0D } ?? length
      bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        #expect(CSVRecordParser.nextDelimiter(base, from: start, end: length) == naive, "\(bytes)")
      }
    }
  }
}
