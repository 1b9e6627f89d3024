import Foundation
import TiesCore

/// A Telegram `result.json`, handed to `TelegramJSONReader` as bytes: a file is mapped and
/// its pages released behind the reader; a zip member is inflated into memory, within the
/// size its archive declares.
struct TelegramJSONFile {
  let timeZone: TimeZone?

  func read(_ entry: ExportEntry, into sink: inout FileSink) {
    if entry.archive != nil {
      guard let data = JSONFile.bytes(entry, into: &sink) else {
        return
      }
      var reader = TelegramJSONReader(
        path: entry.displayPath, timeZone: timeZone, release: nil, sink: sink)
      data.withUnsafeBytes { reader.read($0.bindMemory(to: UInt8.self)) }
      sink = reader.sink
      return
    }
    let file: MappedFile
    do {
      file = try MappedFile(path: entry.path)
    } catch {
      return sink.fail("\(error)")
    }
    var reader = TelegramJSONReader(
      path: entry.displayPath, timeZone: timeZone, release: { file.release(before: $0) },
      cursor: { file.cursor(from: $0) }, sink: sink)
    reader.read(file.bytes)
    sink = withExtendedLifetime(file) { reader.sink }
  }
}
