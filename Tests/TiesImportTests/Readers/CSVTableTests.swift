import Foundation
import Testing
import TiesTestSupport

@testable import TiesImport

struct CSVTableTests {
  @Test func headerFoundByContentAndRaggedRowsReportedByLine() async throws {
    let run = try await importFiles([
      "Connections.csv":
        "Notes:\n\"a note, quoted\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
        + "Connected On\nAna,Lima,https://www.linkedin.com/in/ana-lima,,X,Y,01 Jan 2024\n"
        + "Bo,Ek,https://www.linkedin.com/in/bo-ek\n"
    ])
    let graph = run.graph
    #expect(graph.links.count == 2)
    #expect(graph.diagnostics.map(\.line) == [6])
    #expect(graph.files.first?.records == 2)
  }

  /// A row shifted by an unquoted comma would put message text where a name belongs: it is
  /// skipped, and none of its text reaches the graph.
  @Test func rowsWithMoreFieldsThanTheHeaderAreSkipped() async throws {
    let run = try await importFiles([
      "messages.csv":
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        + "DATE,SUBJECT,CONTENT,FOLDER\n"
        + "c1,,Ana Lima,https://www.linkedin.com/in/ana-lima,Me,https://www.linkedin.com/in/me,"
        + "2024-01-02 10:00:00 UTC,,hello,INBOX\n"
        + "c2,lunch, secret plans,Bo Ek,https://www.linkedin.com/in/bo-ek,Me,"
        + "https://www.linkedin.com/in/me,2024-01-03 10:00:00 UTC,,hi,INBOX\n"
    ])
    let graph = run.graph
    #expect(graph.diagnostics.contains { $0.line == 3 && $0.message.hasSuffix(": skipped") })
    #expect(graph.files.first?.status == .partial)
    let names = graph.identities.flatMap { [$0.key.value] + $0.displayNames }
    #expect(!names.contains { $0.contains("secret") })
  }

  @Test func aFileWithoutHeaderStopsEarly() async throws {
    let rows = (0..<200).map { "\($0),x,y" }.joined(separator: "\n")
    let run = try await importFiles([
      "Connections.csv": "First Name,Connected On\n" + rows
    ])
    // The prefix looks right, the header lacks Last Name: skipped after 50 rows.
    let file = try #require(run.graph.files.first)
    #expect(file.status == .skipped)
    #expect(file.reason == "no header row found in the first 50 rows")
  }
}
