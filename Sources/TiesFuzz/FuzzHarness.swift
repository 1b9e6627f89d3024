import CZlib
import Foundation
import TiesAnalysis
import TiesConfig
import TiesCore
import TiesImport

/// One reader under fuzzing: the input becomes a file of an export, in memory, and goes
/// through detection, import and analysis as a real file would.
enum FuzzHarness: String, CaseIterable {
  case whatsapp
  case instagramJSON = "instagram-json"
  case facebookJSON = "facebook-json"
  case metaHTML = "meta-html"
  case zip
  case peopleYAML = "people-yaml"
  case linkedInCSV = "linkedin-csv"
  case xJS = "x-js"
  case discordJSON = "discord-json"
  case smsXML = "sms-xml"
  case vCard = "vcard"
  case googleVoiceHTML = "google-voice-html"
  case googleChatJSON = "google-chat-json"
  case hangoutsJSON = "hangouts-json"
  case telegramJSON = "telegram-json"
  case telegramHTML = "telegram-html"

  /// Where the input sits in the export: the name and folders recognizers look at.
  var path: String {
    switch self {
    case .whatsapp: return "WhatsApp Chat with Anna.txt"
    case .instagramJSON: return "your_instagram_activity/messages/inbox/anna_1/message_1.json"
    case .facebookJSON: return "your_activity_across_facebook/messages/inbox/anna_1/message_1.json"
    case .metaHTML: return "your_activity_across_facebook/messages/inbox/anna_1/message_1.html"
    case .zip: return "export.zip"
    case .peopleYAML: return "people.yaml"
    case .linkedInCSV: return "messages.csv"
    case .xJS: return "data/direct-messages.js"
    case .discordJSON: return "package/Messages/c300/messages.json"
    case .smsXML: return "sms-20240101120000.xml"
    case .vCard: return "Takeout/Contacts/All Contacts/All Contacts.vcf"
    case .googleVoiceHTML: return "Takeout/Voice/Calls/Anna - Placed - 2023-01-01T10_00_00Z.html"
    case .googleChatJSON: return "Takeout/Google Chat/Groups/DM abc/messages.json"
    case .hangoutsJSON: return "Takeout/Hangouts/Hangouts.json"
    case .telegramJSON: return "ChatExport_2024-01-01/result.json"
    case .telegramHTML: return "ChatExport_2024-01-01/messages.html"
    }
  }

  /// Runs one input; says which reader took it, so that a replay shows the harness reaches
  /// the reader it is named after.
  @discardableResult
  func run(_ input: [UInt8]) -> String {
    switch self {
    case .peopleYAML:
      _ = try? PeopleFile.parse(String(decoding: input, as: UTF8.self), source: path)
      return "people file"
    case .zip:
      guard let archive = try? ZipArchive(bytes: input) else { return "not a zip" }
      for member in archive.members where member.problem == nil && !member.isDirectory {
        _ = try? archive.open(member).readAll(limit: 1 << 24)
      }
      return "zip of \(archive.members.count) members"
    default:
      guard let archive = try? ZipArchive(bytes: Self.storedZip(name: path, contents: input)),
        let member = archive.members.first
      else { return "unreadable" }
      var entry = ExportEntry(
        path: path, displayPath: path, components: member.components, size: input.count,
        prefix: Array(input.prefix(ExportWalker.prefixLength)))
      entry.archive = archive
      entry.member = member
      let detection = Detector().detect([entry])
      var graph = InteractionGraph()
      for file in detection.claimed {
        let importer = PlatformRegistry.importers[file.importer]
        graph.merge(importer.importFile(file.entry, as: file.recognition, options: ImportOptions()))
        importer.finalize(&graph, options: ImportOptions())
      }
      _ = Analyzer().analyze(graph)
      return detection.claimed.first.map {
        "\($0.recognition.platform.rawValue) \($0.recognition.label)"
      }
        ?? "not recognized"
    }
  }

  /// A zip holding one stored member: the way to hand bytes to readers as an export entry.
  static func storedZip(name: String, contents: [UInt8]) -> [UInt8] {
    func le(_ value: Int, _ count: Int) -> [UInt8] {
      (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
    let crc = contents.withUnsafeBufferPointer {
      Int(crc32(0, $0.baseAddress, uInt($0.count)))
    }
    let nameBytes = Array(name.utf8)
    var out = le(0x0403_4B50, 4) + le(20, 2) + le(0x800, 2) + le(0, 2) + le(0, 4) + le(crc, 4)
    out += le(contents.count, 4) + le(contents.count, 4) + le(nameBytes.count, 2) + le(0, 2)
    out += nameBytes + contents
    let start = out.count
    out += le(0x0201_4B50, 4) + le(20, 2) + le(20, 2) + le(0x800, 2) + le(0, 2) + le(0, 4)
    out += le(crc, 4) + le(contents.count, 4) + le(contents.count, 4) + le(nameBytes.count, 2)
    out += le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) + nameBytes
    let size = out.count - start
    out += le(0x0605_4B50, 4) + le(0, 4) + le(1, 2) + le(1, 2) + le(size, 4) + le(start, 4)
    out += le(0, 2)
    return out
  }
}
