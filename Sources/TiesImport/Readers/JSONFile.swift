import Foundation
import TiesCore

/// Reads one JSON file of an export for an importer, turning every failure into the file's
/// status and a diagnostic, so that importers only see bytes or a document, or nothing.
enum JSONFile {
  /// The bytes of a file, or nil with the file marked skipped.
  static func bytes(_ entry: ExportEntry, into sink: inout FileSink) -> Data? {
    do {
      if entry.archive != nil {
        // A JSON document is read whole; a zip member is inflated into memory, within the
        // size its archive declares (and ZipLimits allowed).
        return Data(try entry.open().readAll(limit: max(0, entry.size)))
      }
      return try Data(contentsOf: URL(fileURLWithPath: entry.path), options: .mappedIfSafe)
    } catch {
      sink.fail("cannot read: \(error)")
      return nil
    }
  }

  /// Calls `body` with the bytes of a file for one scan front to back. A file on disk is
  /// mapped and scanned in place, without a copy (Meta message pages), and
  /// `release(offset)` hands the pages before `offset` back to the kernel, as Telegram's
  /// `result.json` does, so that a file growing with the account (X's direct messages,
  /// Google Chat's `messages.json`) is read with flat resident memory; a zip member is
  /// inflated into memory (as `bytes` does) and `release` does nothing. Nothing is
  /// called, with the file marked skipped, when it cannot be read.
  static func mapped(
    _ entry: ExportEntry, into sink: inout FileSink,
    _ body: (UnsafeBufferPointer<UInt8>, _ release: PageRelease, inout FileSink) -> Void
  ) {
    if entry.archive != nil {
      guard let data = bytes(entry, into: &sink) else { return }
      data.withUnsafeBytes { body($0.bindMemory(to: UInt8.self), PageRelease(file: nil), &sink) }
      return
    }
    let file: MappedFile
    do {
      file = try MappedFile(path: entry.path)
    } catch {
      return sink.fail("cannot read: \(error)")
    }
    withExtendedLifetime(file) { body(file.bytes, PageRelease(file: file), &sink) }
  }

  /// The file as a document, or nil with the file marked skipped.
  static func load(_ entry: ExportEntry, into sink: inout FileSink) -> JSONValue? {
    guard var data = bytes(entry, into: &sink) else { return nil }
    // One bad byte must not cost the whole file: JSON parsers reject invalid UTF-8 outright.
    if String(validating: data, as: UTF8.self) == nil {
      data = Data(String(decoding: data, as: UTF8.self).utf8)
      sink.append(
        Diagnostic(
          path: entry.displayPath, message: "invalid UTF-8 replaced by U+FFFD before reading"))
    }
    do {
      let value = try JSONValue.parse(data)
      // Foundation reads past a trailing comma without a word; the streamed readers say so.
      let commas = data.withUnsafeBytes {
        JSONScanner.trailingCommas(in: $0.bindMemory(to: UInt8.self))
      }
      sink.append(diagnostics: JSONScanner.diagnostics(commas, path: entry.displayPath))
      return value
    } catch let error as JSONReadError {
      sink.fail(error.description, offset: error.offset)
    } catch {
      sink.fail("\(error)")
    }
    return nil
  }
}
