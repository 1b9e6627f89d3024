import Foundation
import TiesCore

/// WhatsApp's "Export chat" text files, Android and iOS (formats/others.md §3).
public struct WhatsAppImporter: PlatformImporter {
  public let platform = Platform.whatsapp

  public init() {}

  public enum Role: FileRole {
    case chat

    public var label: String { "chat" }
  }

  /// Recognizes a chat by its first lines. A file named on the command line is read by
  /// content whatever its name (`chat.txt`, `wa.txt`, no extension); in a folder only `.txt`
  /// files are sniffed, and one not named like an export needs two headers of one style and
  /// a sender, because log files also begin with dates.
  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    guard entry.fileExtension == "txt" || entry.namedByUser else { return nil }
    // The first message header, within the first few lines: some exports carry a preamble.
    let lines = entry.prefixText.split(whereSeparator: \.isNewline).prefix(8)
    let headers = lines.compactMap { line in
      Array(line.utf8).withUnsafeBufferPointer { bytes in
        WhatsAppHeader.parse(bytes).map { header in
          (header, WhatsAppChatParser.senderSeparator(bytes, from: header.restStart) != nil)
        }
      }
    }
    guard let (header, _) = headers.first else { return nil }
    let named = entry.name.contains("WhatsApp") || entry.name == "_chat.txt"
    if !named {
      let alike = headers.filter { $0.0.style == header.style }
      guard alike.count >= 2 || (entry.namedByUser && !alike.isEmpty),
        alike.contains(where: \.1)
      else { return nil }
      // ISO dates (2024-01-02) are how log files begin; in a folder they need the name.
      if header.style.firstIsYear, header.style.separator == 0x2D, !entry.namedByUser {
        return nil
      }
    }
    // The layout era is named by the reader, which sees every header and so the date order.
    return Recognition(platform: .whatsapp, role: Role.chat, confidence: named ? 95 : 70)
  }

  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    switch role {
    case .chat: readChat(entry, options: options, into: &sink)
    }
  }

  /// Reads a chat handing records on as it goes (`WhatsAppChatStream`); when the stream's
  /// predictions fail, reads it again from the sink as it was before, holding every record.
  /// Returns the number of records read when the stream started, if it started and stood.
  @discardableResult
  func readChat(
    _ entry: ExportEntry, options: ImportOptions,
    limits: WhatsAppChatStream.Limits = .init(), into sink: inout FileSink
  ) -> Int? {
    let before = sink
    let streamed = readChat(entry, options: options, streaming: limits, into: &sink)
    if streamed.stands { return streamed.streamedFrom }
    sink = before
    _ = readChat(entry, options: options, streaming: nil, into: &sink)
    return nil
  }

  /// Reads a chat, handing records on as read within `streaming`'s limits, or holding them
  /// all without it. `stands` is false when the stream was abandoned or its predictions
  /// failed: the sink then holds a part of the chat, to be thrown away. `streamedFrom` is the
  /// number of records read when the stream started.
  func readChat(
    _ entry: ExportEntry, options: ImportOptions, streaming: WhatsAppChatStream.Limits?,
    into sink: inout FileSink
  ) -> (stands: Bool, streamedFrom: Int?) {
    var parser = WhatsAppChatParser()
    var reader = ByteLineReader(entry: entry)
    var stream: WhatsAppChatStream?
    var nextCheck = streaming?.batch ?? Int.max
    var bytesRead = 0
    do {
      try reader.forEachLine { line, number in
        parser.consume(line, number: number)
        bytesRead &+= line.count &+ 1
        guard parser.records.count >= nextCheck else { return }
        if stream == nil, let style = parser.style, let streaming {
          stream = WhatsAppChatStream(
            style: style, entry: entry, options: options, limits: streaming)
        }
        try stream?.step(&parser, bytesRead: bytesRead, into: &sink)
        nextCheck = stream?.nextCheck ?? nextCheck
      }
      try stream?.finish(&parser, into: &sink)
    } catch is WhatsAppChatStream.Abandoned {
      return (false, stream?.startedAt)
    } catch {
      do {
        try stream?.finish(&parser, into: &sink)
      } catch {
        return (false, stream?.startedAt)
      }
      sink.brokeOff(
        keptRecords: parser.recordCount > 0, "\(error)",
        Diagnostic(.error, path: entry.displayPath, message: "\(error)"))
    }
    guard let style = parser.style else {
      sink.skipped(
        "no WhatsApp message header found",
        Diagnostic(path: entry.displayPath, message: "no WhatsApp message header found"))
      return (true, nil)
    }
    if reader.overlongLines > 0 {
      sink.warn("\(reader.overlongLines) line(s) longer than 16 MiB were cut")
    }
    if let first = parser.orphanLines.first {
      sink.warn(
        "\(parser.orphanLines.count) line(s) before the first message belong to none", line: first)
    }
    if style.yearless { inferYears(&parser, entry: entry, sink: &sink) }
    let stands = WhatsAppChatBuilder(
      parser: parser, style: style, entry: entry, options: options
    ).build(into: &sink, streamed: stream)
    return (stands, stream?.startedAt)
  }

  /// Headers without a year (`18 Mar 12:14 - `) are dated back from the export's end: the
  /// file's modification time, when the app wrote it.
  private func inferYears(
    _ parser: inout WhatsAppChatParser, entry: ExportEntry, sink: inout FileSink
  ) {
    var file: String?
    switch entry.archive?.storage {
    case nil: file = entry.path
    case .file(let path): file = path
    case .memory: file = nil  // a zip inside a zip: its own date is not kept
    }
    let written = file.flatMap { try? FileManager.default.attributesOfItem(atPath: $0) }
    let end = (written?[.modificationDate] as? Date) ?? Date()
    let seconds = Int64(end.timeIntervalSince1970.rounded(.down))
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let (year, month, day) = CivilTime.civil(days: days)
    parser.inferYears(endYear: year, endMonth: month, endDay: day)
    sink.warn(
      "the headers carry no year; years counted back from the file's date, "
        + CivilTime.isoDate(seconds))
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    // Without `--me` or a profile: the one sender common to every one-to-one chat
    // (formats/others.md §3.3).
    guard !OwnerInference.isKnown(graph, on: [.whatsapp]) else { return }
    let candidates = OwnerInference.writersOfOneToOneChats(graph, platform: .whatsapp)
    guard graph.threads.contains(where: { $0.platform == .whatsapp }) else { return }
    OwnerInference.settle(
      candidates, in: &graph,
      path: graph.files.first { $0.platform == .whatsapp }?.path ?? "whatsapp"
    ) { "cannot tell which WhatsApp sender is you\($0); pass --me NAME" }
  }
}
