import Foundation
import TiesCore

/// What every X archive file shares: the JavaScript wrapper around its JSON
/// (`window.YTD.<name>.part<N> = [`, `window.__THAR_CONFIG = {`, Grailbird's
/// `Grailbird.data.tweets_2015_02 =` and `var user_details =`), the two time formats, and
/// the owner, which tweet files never name.
enum XArchiveFile {
  /// The offset of the JSON after the wrapper's `=`, or nil when the file has no wrapper.
  static func payloadStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let limit = min(bytes.count, 512)
    var index = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    while index < limit {
      if bytes[index] == 0x3D { return index + 1 }
      if bytes[index] == 0x5B || bytes[index] == 0x7B { return nil }
      index += 1
    }
    return nil
  }

  /// Reads a wrapped file with the scanner positioned at its JSON; failures become the
  /// file's status. The file is mapped (`JSONFile.mapped`): `body` calls `release` with the
  /// scanner's position after each record, so the pages read are handed back and
  /// memory does not grow with the file (direct messages and tweets grow with the account).
  static func scan(
    _ entry: ExportEntry, into sink: inout FileSink,
    _ body: (inout JSONScanner, inout FileSink, _ release: PageRelease) -> Void
  ) {
    JSONFile.mapped(entry, into: &sink) { all, release, sink in
      guard let start = payloadStart(all) else {
        sink.fail("no 'window.YTD… =' wrapper before the data", offset: 0)
        return
      }
      var scanner = JSONScanner(UnsafeBufferPointer(rebasing: all[start...]))
      body(&scanner, &sink, release.counting(from: start))
      sink.append(diagnostics: scanner.toleratedDiagnostics(path: entry.displayPath, base: start))
      if let failure = scanner.failure {
        let offset = start + failure.offset
        sink.brokeOff(
          keptRecords: sink.records > 0,
          "not valid JSON at byte \(offset) (\(failure.reason))",
          Diagnostic(
            path: entry.displayPath, offset: offset,
            message: "not valid JSON (\(failure.reason)); read up to there"))
      }
    }
  }

  /// A small wrapped file as a document (account, manifest, user details), read with the
  /// scanner's leniency: a trailing comma is reported and read past, as in the large files.
  static func document(_ entry: ExportEntry, into sink: inout FileSink) -> JSONValue? {
    guard let data = JSONFile.bytes(entry, into: &sink) else { return nil }
    return data.withUnsafeBytes { raw -> JSONValue? in
      let all = raw.bindMemory(to: UInt8.self)
      guard let start = payloadStart(all) else {
        sink.fail("no 'window.YTD… =' wrapper before the data", offset: 0)
        return nil
      }
      var scanner = JSONScanner(UnsafeBufferPointer(rebasing: all[start...]))
      let value = scanner.value()
      sink.append(diagnostics: scanner.toleratedDiagnostics(path: entry.displayPath, base: start))
      if let failure = scanner.failure {
        sink.fail("not valid JSON (\(failure.reason))", offset: start + failure.offset)
        return nil
      }
      return value
    }
  }

  /// The document after the wrapper of a small file read on the side (no diagnostics: the
  /// file is reported when it is read as itself).
  private static func quietDocument(_ data: Data) -> JSONValue? {
    data.withUnsafeBytes { raw -> JSONValue? in
      let all = raw.bindMemory(to: UInt8.self)
      guard let start = payloadStart(all) else { return nil }
      var scanner = JSONScanner(UnsafeBufferPointer(rebasing: all[start...]))
      return scanner.value()
    }
  }

  /// The owner's account id and handle from `account.js` beside a tweet file, or from
  /// Grailbird's `data/js/user_details.js`: tweet files hold only the owner's posts and
  /// never say whose they are.
  static func owner(near entry: ExportEntry) -> (id: String, handle: String?, name: String?)? {
    let folder = URL(fileURLWithPath: entry.path).deletingLastPathComponent()
    let candidates = [
      folder.appendingPathComponent("account.js"),
      folder.deletingLastPathComponent().appendingPathComponent("user_details.js"),
    ]
    for url in candidates {
      guard let data = try? Data(contentsOf: url), data.count < 1 << 20,
        let document = quietDocument(data)
      else { continue }
      let record = document.array?.first?["account"] ?? document
      let id = (record["accountId"] ?? record["id_str"] ?? record["id"])
      let text = id?.string ?? id?.int64.map(String.init)
      guard let text, !text.isEmpty else { continue }
      return (
        text, (record["username"] ?? record["screen_name"])?.string,
        (record["accountDisplayName"] ?? record["full_name"])?.string
      )
    }
    return nil
  }

  /// Seconds since 1970 of `Sat Jul 25 08:26:58 +0000 2026` (tweets), `2015-02-28 20:00:07
  /// +0000` (Grailbird) or ISO 8601 (DMs, account).
  static func seconds(_ text: String) -> Int64? {
    if let first = text.utf8.first, first &- 0x30 < 10 {
      if let iso = ISODate.seconds(text) { return iso }
      // Grailbird: "2015-02-28 20:00:07 +0000"
      let parts = text.split(separator: " ")
      guard parts.count == 3, let base = ISODate.seconds("\(parts[0])T\(parts[1])Z") else {
        return nil
      }
      return base - offset(parts[2])
    }
    let parts = text.split(separator: " ")
    guard parts.count == 6 else { return nil }
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    guard let month = months.firstIndex(of: String(parts[1])), let day = Int(parts[2]),
      let year = Int(parts[5]), CivilTime.isValid(year: year, month: month + 1, day: day)
    else { return nil }
    let clock = parts[3].split(separator: ":").compactMap { Int($0) }
    guard clock.count == 3 else { return nil }
    return CivilTime.seconds(
      year: year, month: month + 1, day: day, hour: clock[0], minute: clock[1], second: clock[2])
      - offset(parts[4])
  }

  /// An id written as a string (current archives) or a number (Grailbird).
  static func id(_ scanner: inout JSONScanner) -> String? {
    scanner.peek() == 0x22 ? scanner.string() : scanner.int64().map(String.init)
  }

  /// `+0130` as seconds east of UTC.
  private static func offset(_ text: Substring) -> Int64 {
    guard text.count == 5, let sign = text.first, let value = Int(text.dropFirst()) else {
      return 0
    }
    let seconds = Int64(value / 100 * 3600 + value % 100 * 60)
    return sign == "-" ? -seconds : seconds
  }
}
