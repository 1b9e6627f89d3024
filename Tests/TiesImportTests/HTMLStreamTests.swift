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
}
