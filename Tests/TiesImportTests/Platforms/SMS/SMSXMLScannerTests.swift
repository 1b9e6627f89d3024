import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

struct SMSXMLScannerTests {
  private func write(_ text: String) throws -> String {
    let path = try FixturePaths.temporaryFolder("sms") + "/sms.xml"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func read(_ path: String, capacity: Int) throws -> SMSBackup {
    var reader = SMSBackupReader()
    var scanner = try SMSXMLScanner(path: path, capacity: capacity)
    try reader.read(&scanner)
    return reader.backup
  }

  static let document = """
    <?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
    <!-- <sms address="+1" date="1" type="1" /> in a comment is no message -->
    <smses count="3">
      <sms address="+4915123456789" date="1700000000000" type="1" body="&#55357;&#56832; ok" \
    contact_name="Lea &amp; Tom" />
      <mms date="1700000100000" msg_box="2" address="+4915123456789">
        <parts>
          <part seq="0" ct="image/png" data="\(String(repeating: "QUJD", count: 300))" />
          <part seq="1" ct="text/plain" text="caption" />
        </parts>
        <addrs><addr address="+4930123456" type="137" /><addr address="+4915123456789" type="151" /></addrs>
      </mms>
      <sms address='+4915123456789' date='1700000200000' type='2' body='x' />
    </smses>
    """

  /// Window sizes that put every boundary inside names, values, references and tags.
  @Test(arguments: [64, 65, 67, 71, 97, 128, 1 << 20])
  func sameRecordsAtEveryWindowSize(_ capacity: Int) throws {
    let backup = try read(write(Self.document), capacity: capacity)
    #expect(backup.records.all.map(\.kind) == [.message, .message, .message])
    #expect(backup.records.all.map(\.length) == [4, 7, 1])
    #expect(backup.records.all.map(\.sender) == [0, -1, -1])
    #expect(backup.names[0] == "Lea & Tom")
    #expect(backup.ownerVotes.count == 1)
    #expect(backup.root == .smses)
  }

  @Test func sixteenMegabyteAttributeIsSkippedNotKept() throws {
    let data = String(repeating: "QUJDRA==", count: 2_200_000)  // 17.6 MB of base64
    let text = """
      <smses count="2"><mms date="1700000100000" msg_box="1" address="+4915123456789">\
      <parts><part ct="image/jpeg" data="\(data)" /><part ct="text/plain" text="hi" /></parts>\
      <addrs><addr address="+4915123456789" type="137" /></addrs></mms>\
      <sms address="+4915123456789" date="1700000200000" type="2" body="after" /></smses>
      """
    let backup = try read(write(text), capacity: 1 << 20)
    #expect(backup.records.all.map(\.length) == [2, 5])
    #expect(backup.records.all.first?.sender == 0)
  }

  @Test(arguments: [
    ("&#55357;&#56832;", "😀"), ("&#x1F600;", "😀"), ("a&amp;b&lt;&gt;&quot;&apos;", "a&b<>\"'"),
    ("&#55357;x", "\u{FFFD}x"), ("&#56832;", "\u{FFFD}"), ("&unknown; &#;", "&unknown; &#;"),
    ("&#10;", "\n"),
  ])
  func referencesAreDecoded(raw: String, expected: String) {
    #expect(String(decoding: XMLEntities.decode(Array(raw.utf8)), as: UTF8.self) == expected)
  }

  @Test func recognizesBackupsByContent() throws {
    let importer = SMSImporter()
    func entry(_ name: String, _ text: String) -> ExportEntry {
      ExportEntry(
        path: name, displayPath: name, components: [name], size: text.utf8.count,
        prefix: Array(text.utf8))
    }
    let context = ExportContext([])
    #expect(
      importer.recognize(entry("sms-1.xml", "<?xml ?>\n<smses count=\"1\">"), in: context)?.label
        == "messages")
    #expect(
      importer.recognize(entry("x.txt", "<calls count=\"1\">\n<call number"), in: context)?.label
        == "call log")
    #expect(importer.recognize(entry("notes.xml", "<?xml ?><notes/>"), in: context) == nil)
    #expect(importer.recognize(entry("a.json", "<smses"), in: context) == nil)
  }
}
