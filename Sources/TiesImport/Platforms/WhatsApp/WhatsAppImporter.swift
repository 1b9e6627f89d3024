import Foundation
import TiesCore

/// WhatsApp's "Export chat" text files, Android and iOS (formats/others.md §3).
public struct WhatsAppImporter: PlatformImporter {
  public let platform = Platform.whatsapp

  public init() {}

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    guard entry.fileExtension == "txt" else { return nil }
    // The first message header, within the first few lines: some exports carry a preamble.
    let lines = entry.prefixText.split(whereSeparator: \.isNewline).prefix(8)
    let headers = lines.lazy.compactMap { line in
      Array(line.utf8).withUnsafeBufferPointer { WhatsAppHeader.parse($0) }
    }
    guard let header = headers.first else { return nil }
    let named = entry.name.contains("WhatsApp") || entry.name == "_chat.txt"
    // A file not named like an export needs two headers, and not ISO dates (2024-01-02):
    // that is how log files begin, and WhatsApp writes year-first dates with slashes.
    if !named {
      guard headers.count >= 2, !(header.style.firstIsYear && header.style.separator == 0x2D)
      else { return nil }
    }
    let device = header.style.bracketed ? "iOS" : "Android"
    let clock = header.style.hasMeridiem ? "12 h" : "24 h"
    return Recognition(
      platform: .whatsapp, role: "chat", confidence: named ? 95 : 70,
      layout: "\(device) chat export, \(clock)")
  }

  public func importFile(_ entry: ExportEntry, as recognition: Recognition, options: ImportOptions)
    -> InteractionGraph
  {
    var graph = InteractionGraph()
    let fileIndex = graph.addFile(
      SourceFile(path: entry.displayPath, platform: .whatsapp, role: "chat"))
    var parser = WhatsAppChatParser()
    var reader = ByteLineReader(entry: entry)
    do {
      try reader.forEachLine { line, number in parser.consume(line, number: number) }
    } catch {
      graph.diagnostics.append(Diagnostic(.error, path: entry.displayPath, message: "\(error)"))
      graph.files[fileIndex].status = parser.records.isEmpty ? .skipped : .partial
      graph.files[fileIndex].reason = "\(error)"
    }
    guard let style = parser.style else {
      graph.files[fileIndex].status = .skipped
      graph.files[fileIndex].reason = "no WhatsApp message header found"
      graph.diagnostics.append(
        Diagnostic(path: entry.displayPath, message: "no WhatsApp message header found"))
      return graph
    }
    if reader.overlongLines > 0 {
      graph.diagnostics.append(
        Diagnostic(
          path: entry.displayPath,
          message: "\(reader.overlongLines) line(s) longer than 16 MiB were cut"))
    }
    if let first = parser.orphanLines.first {
      graph.diagnostics.append(
        Diagnostic(
          path: entry.displayPath, line: first,
          message: "\(parser.orphanLines.count) line(s) before the first message belong to none"))
    }
    WhatsAppChatBuilder(
      parser: parser, style: style, entry: entry, fileIndex: fileIndex, options: options
    ).build(into: &graph)
    return graph
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    WhatsAppOwnerInference.infer(&graph)
  }
}
