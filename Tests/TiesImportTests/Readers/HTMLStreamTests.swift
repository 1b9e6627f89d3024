import Foundation
import Testing
import TiesTestSupport

@testable import TiesImport

private final class Recorder: HTMLEventHandler {
  var events: [String] = []

  func start(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?)
  {
    var text = "<" + String(cString: name)
    var index = 0
    while let attributes, let key = attributes[index] {
      let value = attributes[index + 1].map { String(cString: $0) } ?? ""
      text += " \(String(cString: key))=\(value)"
      index += 2
    }
    events.append(text + ">")
  }

  func end(_ name: UnsafePointer<UInt8>) { events.append("</" + String(cString: name) + ">") }

  func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    events.append(String(decoding: bytes, as: UTF8.self))
  }
}

struct HTMLStreamTests {
  private func events(_ bytes: [UInt8]) throws -> [String] {
    let path = try FixturePaths.temporaryFolder("html") + "/page.html"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let recorder = Recorder()
    try HTMLStream.parse(path: path, handler: recorder)
    return recorder.events
  }

  @Test func streamsElementsAttributesAndText() throws {
    let events = try self.events(
      Array(#"<html><body><div class="a b">Zoë &amp; Tom</div><br/></body></html>"#.utf8))
    #expect(events.contains("<div class=a b>"))
    #expect(events.joined().contains("Zoë & Tom"))
    #expect(events.contains("<br>"))
  }

  @Test func nulBytesDoNotEndThePage() throws {
    var bytes = Array(#"<html><body><p>one</p>"#.utf8)
    bytes.append(0)
    bytes += Array(#"<p>two</p></body></html>"#.utf8)
    let text = try events(bytes).joined()
    #expect(text.contains("one") && text.contains("two"))
  }

  @Test func missingFileThrows() {
    #expect(throws: HTMLStream.Failure.self) {
      try HTMLStream.parse(path: "/nonexistent/page.html", handler: Recorder())
    }
  }

  /// Text arrives in pieces whose borders depend on the read size; joined per element, the
  /// page must read the same however small the reads.
  @Test func everyReadSizeGivesTheSameEvents() throws {
    final class Trickle: ByteStream {
      var bytes: ArraySlice<UInt8>
      let step: Int
      init(_ bytes: [UInt8], step: Int) {
        self.bytes = bytes[...]
        self.step = step
      }
      func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(step, buffer.count, bytes.count)
        buffer.copyBytes(from: bytes.prefix(count))
        bytes = bytes.dropFirst(count)
        return count
      }
    }
    let page = try Data(
      contentsOf: URL(
        fileURLWithPath: FixturePaths.exports(
          "facebook-html-2020/messages/inbox/bobstone_x1y2z3/message_1.html")))
    func merged(_ step: Int) throws -> [String] {
      let recorder = Recorder()
      _ = try HTMLStream.parse(Trickle([UInt8](page), step: step), name: "page", handler: recorder)
      var out: [String] = []
      for event in recorder.events {
        if !event.hasPrefix("<"), let last = out.last, !last.hasPrefix("<") {
          out[out.count - 1] = last + event
        } else {
          out.append(event)
        }
      }
      return out
    }
    let whole = try merged(1 << 20)
    #expect(whole.count > 50)
    for step in [1, 2, 3, 7, 64, 4000] {
      let got = try merged(step)
      let first = (0..<min(got.count, whole.count)).first { got[$0] != whole[$0] } ?? 0
      #expect(
        got == whole,
        "step \(step): at \(first): \(got.dropFirst(first).prefix(3)) vs \(whole.dropFirst(first).prefix(3))"
      )
    }
  }

  /// Reads ahead of libxml2 in 64 KiB blocks: NULs on either side of a block border are
  /// spaces, and the page's last bytes are the file's (NULs as spaces).
  @Test func pagesLongerThanTheReadAheadKeepEveryText() throws {
    var bytes = Array("<html><body>".utf8)
    for number in 0..<12_000 {
      bytes += Array("<p>n\(number)".utf8) + [0] + Array("x</p>".utf8)
    }
    bytes += Array("</body></html>".utf8)
    #expect(bytes.count > 2 << 16)
    let path = try FixturePaths.temporaryFolder("html-long") + "/page.html"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let recorder = Recorder()
    let tail = try HTMLStream.parse(path: path, handler: recorder)
    let texts = recorder.events.filter { !$0.hasPrefix("<") }.joined()
    #expect(texts.contains("n0 x") && texts.contains("n5461 x") && texts.contains("n11999 x"))
    #expect(!texts.utf8.contains(0))
    #expect(tail == bytes.suffix(256).map { $0 == 0 ? 0x20 : $0 })
  }

  /// A stream that fails past the first read-ahead block: what came before is parsed, then
  /// the failure is reported with its offset.
  @Test func aFailureAfterTheFirstBlockKeepsTheEventsBeforeIt() throws {
    final class Failing: ByteStream {
      var bytes: ArraySlice<UInt8>
      init(_ bytes: [UInt8]) { self.bytes = bytes[...] }
      func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !bytes.isEmpty else { throw ByteStreamError(offset: 100_000, reason: "gone") }
        let count = min(buffer.count, bytes.count, 10_000)
        buffer.copyBytes(from: bytes.prefix(count))
        bytes = bytes.dropFirst(count)
        return count
      }
    }
    var page = Array("<html><body>".utf8)
    while page.count < 100_000 { page += Array("<p>some text</p>".utf8) }
    page = Array(page.prefix(100_000))
    let recorder = Recorder()
    #expect(
      throws: HTMLStream.Failure.readFailed("cut", ByteStreamError(offset: 100_000, reason: "gone"))
    ) {
      try HTMLStream.parse(Failing(page), name: "cut", handler: recorder)
    }
    #expect(recorder.events.filter { $0 == "some text" }.count > 6_000)
  }
}
