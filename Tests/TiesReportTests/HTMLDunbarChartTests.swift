import Foundation
import Testing
import TiesAnalysis
import TiesImport
import TiesTestSupport

@testable import TiesReport

/// The Dunbar chart of report.html draws everyone it can place and shows, truthfully, the
/// people it cannot: seen too briefly for a layer (dots in their own band) or with no
/// two-way exchange (counted).
struct HTMLDunbarChartTests {
  @Test func peopleSeenTooBrieflyAreDrawnApartAndTheRestCounted() async throws {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports("demo")], options: ImportOptions(jobs: 2))
    let people = Analyzer().analyze(run.graph).people
    let brief = people.filter { $0.layer == .tooShort }
    let unplaced = people.filter { $0.layer == .none }
    let placed = people.filter { HTMLCharts.layers.contains($0.layer) }
    #expect(!brief.isEmpty && !unplaced.isEmpty && !placed.isEmpty)

    let svg = HTMLCharts.dunbar(people, ownerName: "Alice Martin")
    #expect(svg.contains("not enough time observed: \(brief.count)<"))
    #expect(svg.contains("no two-way exchange (not drawn): \(unplaced.count)<"))
    #expect(svg.contains("; not enough time observed: \(brief.count); no two-way exchange: "))
    for person in brief + placed {
      #expect(
        svg.contains("<title>\(XMLText.escape(person.person.name)) ("), "\(person.person.name)")
    }
    // A dot per placed or briefly seen person, plus five rings and the owner.
    let dots = svg.components(separatedBy: "<circle ").count - 1
    #expect(dots == placed.count + brief.count + HTMLCharts.layers.count + 1)
  }

  @Test func onlyTheStrongestAreDrawnButEveryoneIsCounted() async throws {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports("demo")], options: ImportOptions(jobs: 2))
    let people = Analyzer().analyze(run.graph).people
    let brief = people.filter { $0.layer == .tooShort }.count
    let svg = HTMLCharts.dunbar(people, ownerName: "Alice Martin", limit: 0)
    #expect(svg.contains("not enough time observed: \(brief)<"))
    #expect(svg.contains("+\(brief) more<"))
    #expect(svg.components(separatedBy: "<circle ").count - 1 == HTMLCharts.layers.count + 1)
  }
}
