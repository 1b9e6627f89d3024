import Testing

@testable import TiesImport

struct JSONValueTests {
  @Test func truncatedDocumentsSayWhere() {
    let data = Array(#"{"a": [1, 2"#.utf8)
    #expect(throws: JSONReadError.self) { try JSONValue.parse(.init(data)) }
    do {
      _ = try JSONValue.parse(.init(data))
    } catch let error as JSONReadError {
      #expect(error.offset == data.count)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func byteOrderMarkIsAccepted() throws {
    let value = try JSONValue.parse(.init([0xEF, 0xBB, 0xBF] + Array(#"{"k": "v"}"#.utf8)))
    #expect(value["k"]?.string == "v")
  }
}
