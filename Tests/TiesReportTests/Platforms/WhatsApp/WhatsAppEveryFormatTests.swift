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
    if format.yearless {
      // Year-less headers are dated back from the files' date: the export's end.
      let end = Date(
        timeIntervalSince1970: TimeInterval(CivilTime.seconds(year: 2022, month: 12, day: 31)))
      for name in try FileManager.default.subpathsOfDirectory(atPath: folder) {
        try FileManager.default.setAttributes(
          [.modificationDate: end], ofItemAtPath: folder + "/" + name)
      }
    }
    let graph = try await ImportPipeline.run([folder], options: ImportOptions(jobs: 1)).graph
    let analysis = Analyzer().analyze(graph)
    return (PeopleCSVWriter().render(ReportContext(analysis: analysis, version: "test")), graph)
  }

  @Test func theRegistryNamesEachFormatOnce() {
    #expect(Set(Self.names).count == Self.names.count)
    #expect(Self.names.count >= 31)
  }

  @Test(arguments: names)
  func everyFormatGivesTheSamePeople(_ name: String) async throws {
    let format = try #require(WhatsAppHeaderFormat.all.first { $0.name == name })
    let (people, graph) = try await people(format)
    let expected =
      format.yearless
      ? graph.files.map {
        "\($0.path): warning: the headers carry no year; years counted back from the file's date, 2022-12-31"
      }
      : []
    #expect(graph.diagnostics.map(\.description).sorted() == expected.sorted())
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
    switch format.monthName {
    case .none:
      let order = format.order == .mdy ? "m" : format.order == .dmy ? "d" : "yyyy"
      #expect(layout.contains(", \(order)\(format.dateSeparator)"), "\(layout)")
    case .dayMonth: #expect(layout.contains(", d MMM"), "\(layout)")
    case .monthDay: #expect(layout.contains(", MMM d"), "\(layout)")
    }
    #expect(layout.contains("no year") == format.yearless, "\(layout)")
  }
}
