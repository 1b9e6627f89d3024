import Foundation
import Testing
import TiesAnalysis
import TiesCore
import TiesImport
import TiesTestSupport

@testable import TiesReport

struct ReportWriterTests {
  private func context(_ fixture: String) async throws -> ReportContext {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports(fixture)], options: ImportOptions(jobs: 2))
    return ReportContext(analysis: Analyzer().analyze(run.graph), version: "test")
  }

  @Test func everyWriterIsDeterministic() async throws {
    let first = try await context("demo")
    let second = try await context("demo")
    let a = try FixturePaths.temporaryFolder("writer-a")
    let b = try FixturePaths.temporaryFolder("writer-b")
    for format in ReportFormat.allCases {
      for writer in ReportWriters.writers(for: format) {
        try writer.write(first, to: a + "/" + writer.fileName)
        try writer.write(second, to: b + "/" + writer.fileName)
        let bytesA = try Data(contentsOf: URL(fileURLWithPath: a + "/" + writer.fileName))
        let bytesB = try Data(contentsOf: URL(fileURLWithPath: b + "/" + writer.fileName))
        #expect(!bytesA.isEmpty && bytesA == bytesB, "\(writer.fileName)")
      }
    }
  }

  @Test func summaryCountsEveryCategoryAndFile() async throws {
    let context = try await context("demo")
    let json = SummaryJSONWriter().render(context)
    for category in TieCategory.allCases {
      #expect(json.contains("\"\(category.rawValue)\": "), "\(category)")
    }
    #expect(json.contains("\"schema_version\": 2"))
    #expect(json.contains("no-data.txt"))
    let analysis = context.analysis
    // The demo is built to hold people of every category but address-book contacts (it
    // holds no address book) and undetermined ones (its owner is known).
    for category in TieCategory.allCases where ![.contact, .undetermined].contains(category) {
      #expect(analysis.people.contains { $0.category == category }, "\(category)")
    }
  }

  @Test func placeholdersStayOutOfTheReportLists() async throws {
    let context = try await context("instagram-pitfalls")
    let report = MarkdownReportWriter().render(context)
    #expect(!report.contains("| Instagram user |"))
    let csv = PeopleCSVWriter().render(context)
    #expect(csv.contains(",true,"))  // but people.csv keeps them, flagged
  }

  @Test func linksResolveToTheirPeople() async throws {
    let context = try await context("instagram-2025")
    let rows = LinksCSVWriter().render(context).split(separator: "\n").dropFirst()
    #expect(rows.count == 4)
    #expect(rows.allSatisfy { !$0.split(separator: ",")[3].isEmpty })
  }
}
