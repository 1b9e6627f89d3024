import Foundation
import Testing
import TiesAnalysis
import TiesCore
import TiesImport
import TiesReport
import TiesTestSupport

/// One canonical chat rendered in every header format of the registry must give the same
/// people.csv, byte for byte, and the layout the headers show.
struct WhatsAppEveryFormatTests {
  static let names = WhatsAppHeaderFormat.all.map(\.name)

  private func people(_ format: WhatsAppHeaderFormat) async throws -> (String, InteractionGraph) {
    let folder = try FixturePaths.temporaryFolder("wa-format")
    try WhatsAppChatRenderer.write(format, to: folder)
    let graph = try await ImportPipeline.run([folder], options: ImportOptions(jobs: 1)).graph
    let analysis = Analyzer().analyze(graph)
    return (PeopleCSVWriter().render(ReportContext(analysis: analysis, version: "test")), graph)
  }

  @Test func theRegistryNamesEachFormatOnce() {
    #expect(Set(Self.names).count == Self.names.count)
    #expect(Self.names.count >= 25)
  }

  @Test(arguments: names)
  func everyFormatGivesTheSamePeople(_ name: String) async throws {
    let format = try #require(WhatsAppHeaderFormat.all.first { $0.name == name })
    let (people, graph) = try await people(format)
    #expect(graph.diagnostics.map(\.description) == [])
    #expect(graph.files.allSatisfy { $0.status == .read })
    #expect(graph.interactions.count == 105)
    let out = try FixturePaths.temporaryFolder("wa-format-out")
    try people.write(toFile: out + "/people.csv", atomically: true, encoding: .utf8)
    try Golden.check(produced: out, against: "whatsapp-every-format", files: ["people.csv"])
    let layouts = graph.layouts[.whatsapp] ?? []
    #expect(layouts.count == 1)
    let layout = layouts.first ?? ""
    #expect(layout.hasPrefix(format.bracketed ? "iOS export, " : "Android export, "))
    #expect(layout.contains(format.clock == .twentyFour ? "24 h" : "12 h"))
    let order = format.order == .mdy ? "m" : format.order == .dmy ? "d" : "yyyy"
    #expect(layout.contains(", \(order)\(format.dateSeparator)"), "\(layout)")
  }
}
