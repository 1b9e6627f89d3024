import Testing

@testable import TiesImport

struct HTMLDocumentTests {
  private func document(_ html: String) throws -> HTMLDocument {
    try HTMLDocument(bytes: Array(html.utf8))
  }

  @Test func matchesClassTokensNotWholeStrings() throws {
    let page = try document(
      """
      <html><head><title>Following</title></head><body>
      <div class="pam _3-95 _a6-g uiBoxWhite"><h2 class="_a6-h">Bruno Costa</h2></div>
      <section class="_a6-g"><h2 class="_2ph_ _a6-h _a6-i">Chloé Dubois</h2></section>
      <div class="_a6-gx">not this</div>
      </body></html>
      """)
    #expect(page.title == "Following")
    #expect(page.texts(ofClassToken: "_a6-h") == ["Bruno Costa", "Chloé Dubois"])
    #expect(page.texts(ofClassToken: "_a6-g").count == 2)
  }

  @Test func aNulByteDoesNotEndTheDocument() throws {
    var bytes = Array("<html><body><div class=\"a\">one</div>".utf8)
    bytes.append(0)
    bytes += Array("<div class=\"a\">two</div></body></html>".utf8)
    let page = try HTMLDocument(bytes: bytes)
    #expect(page.texts(ofClassToken: "a") == ["one", "two"])
  }

  @Test func textIsReadAsUTF8AndEntitiesAreDecoded() throws {
    let page = try document("<p class=\"x\">Tom &amp; Zoë</p><p class=\"x\">\u{00C3}\u{00A9}</p>")
    #expect(page.texts(ofClassToken: "x") == ["Tom & Zoë", "\u{00C3}\u{00A9}"])
  }

  @Test func reportsTheLibraryVersion() {
    #expect(HTMLDocument.libraryVersion.split(separator: ".").count >= 2)
  }
}
