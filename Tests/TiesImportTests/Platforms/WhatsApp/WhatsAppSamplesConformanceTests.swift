import Foundation
import Testing
import TiesTestSupport

@testable import TiesImport

/// Every real WhatsApp export in `../shared/samples/whatsapp` (other projects' test data)
/// parses with no lost message and no lost line. The expected counts were taken by hand,
/// line by line, independently of this parser.
struct WhatsAppSamplesConformanceTests {
  struct Sample: Sendable, CustomStringConvertible {
    var file: String
    var lines: Int
    var headers: Int
    var description: String { file }
  }

  static let samples: [Sample] = [
    Sample(file: "WhatsR/englishandroid24h.txt", lines: 53, headers: 50),
    Sample(file: "WhatsR/englishandroidampm.txt", lines: 51, headers: 50),
    Sample(file: "WhatsR/englishios24h.txt", lines: 50, headers: 50),
    Sample(file: "WhatsR/englishiosampm.txt", lines: 51, headers: 50),
    Sample(file: "WhatsR/germanandroid24h.txt", lines: 50, headers: 50),
    Sample(file: "WhatsR/germanandroidampm.txt", lines: 50, headers: 50),
    Sample(file: "WhatsR/germanios24h.txt", lines: 50, headers: 50),
    Sample(file: "WhatsR/germaniosampm.txt", lines: 50, headers: 50),
    Sample(file: "chat-analytics/4A_11M.txt", lines: 14, headers: 14),
    Sample(file: "chat-miner/test_[mmddyy]_24hrs.txt", lines: 11, headers: 9),
    Sample(file: "chat-miner/test_ddmmyy_24hrs.txt", lines: 11, headers: 9),
    Sample(file: "chat-miner/test_mmddyyyy_12hrs.txt", lines: 11, headers: 9),
    Sample(file: "chat-miner/test_yyyymmdd_24hrs.txt", lines: 11, headers: 9),
    Sample(file: "whats_json/WhatsApp Chat - Elon Musk (EN).txt", lines: 25, headers: 25),
    Sample(file: "whats_json/WhatsApp Chat - Elon Musk (EN+Media).txt", lines: 25, headers: 25),
    Sample(file: "whats_json/WhatsApp Chat - Elon Musk (FR).txt", lines: 25, headers: 25),
    Sample(file: "whats_json/WhatsApp Chat - Elon Musk (German).txt", lines: 25, headers: 25),
    Sample(file: "whats_json/WhatsApp Chat - Elon Musk (RU).txt", lines: 25, headers: 25),
    Sample(
      file: "whats_json/WhatsApp Chat with Dmitry S EN+Media Android.txt", lines: 73, headers: 60),
    Sample(
      file: "whats_json/WhatsApp Chat with Group Chat XXX Android.txt", lines: 20, headers: 20),
    Sample(file: "whats_json/deutch_android_media.txt", lines: 51, headers: 41),
    Sample(file: "whatstk/pokemon.txt", lines: 21, headers: 20),
  ]

  private static func path(_ sample: Sample) -> String? {
    FixturePaths.sharedSamples.map { $0 + "/whatsapp/" + sample.file }
  }

  @Test(
    FixturePaths.needsSharedSamples,
    arguments: samples)
  func everyLineAndMessageIsKept(_ sample: Sample) throws {
    let path = try #require(Self.path(sample))
    var parser = WhatsAppChatParser()
    var reader = ByteLineReader(path: path)
    try reader.forEachLine { line, number in parser.consume(line, number: number) }
    #expect(parser.totalLines == sample.lines)
    #expect(parser.headerLines == sample.headers)
    #expect(parser.records.count == sample.headers)
    #expect(parser.orphanLines.isEmpty)
    #expect(parser.headerLines + parser.continuationLines == parser.totalLines)
  }

  @Test(
    FixturePaths.needsSharedSamples)
  func everySampleImportsWithItsRecords() async throws {
    let root = try #require(FixturePaths.sharedSamples) + "/whatsapp"
    let run = try await ImportPipeline.run([root], options: ImportOptions(jobs: 2))
    #expect(run.detection.unclaimed.isEmpty)
    for sample in Self.samples {
      let file = run.graph.files.first { $0.path.hasSuffix("/" + sample.file) }
      #expect(file?.records == sample.headers, "\(sample.file)")
      #expect(file?.status == .read, "\(sample.file)")
    }
  }

  @Test(
    FixturePaths.needsSharedSamples)
  func multiLineMessagesKeepTheirLines() throws {
    // Line 4 of the Android 1:1 sample is the caption "Caption" under a media message.
    let path =
      try #require(FixturePaths.sharedSamples)
      + "/whatsapp/whats_json/WhatsApp Chat with Dmitry S EN+Media Android.txt"
    var parser = WhatsAppChatParser()
    var reader = ByteLineReader(path: path)
    try reader.forEachLine { line, number in parser.consume(line, number: number) }
    let captioned = try #require(parser.records.first { $0.line == 4 })
    #expect(captioned.kind == .media)
    #expect(captioned.length == 1 + 7)  // a line break and "Caption"
    let card = try #require(parser.records.first { $0.line == 6 })
    #expect(card.length == 1 + 17)  // "карточка компании", counted in characters, not bytes
    #expect(parser.continuationLines == 13)
  }
}
