import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Property test: random chats rendered in every header format, with senders drawn from a
/// hostile set, parse back to exactly the messages rendered: same senders, same times, same
/// number of messages, every line accounted for.
struct WhatsAppRoundTripTests {
  static let hostileNames = [
    "Thandi \"Ndazo's Sister\" Tshabalala", "Masingita \"Masi\" Rikhotso", "“Bra” Themba",
    "Team [A: B]", "Ann (work: sales)", "Eve 🌸", "👨‍👩‍👧 Family", "ليلى حداد", "דנה לוי", "~",
    "~ Budi", "~\u{202F}Sari", "\u{202A}+91\u{00A0}93711\u{00A0}26729\u{202C}",
    "\u{2066}+44 7700 900123\u{2069}", "Jean-Luc - Paris", "O'Brien, Pat", "Mr. 12",
    "\u{200E}Ann Lee", "Zoë «Z» Ziegler",
  ]

  static let texts = [
    "hello", "a: b", "12:30 see you there", "line one\nline two", "“quoted: text”",
    "[not a header] really", "ok\n\nafter a blank line", "- dash", "~ tilde", "مرحبا بك",
    "Missed voice call", "<Media omitted>", "12/31/99 is not a header", "emoji 🎉: yes",
  ]

  struct Message: Equatable {
    var sender: String
    var time: Int64
  }

  /// A chat of `count` messages over less than a year, in time order.
  static func chat(_ rng: inout SeededGenerator, count: Int) -> [(
    Message, String, (Int, Int, Int, Int, Int, Int)
  )] {
    var seconds =
      CivilTime.seconds(year: 2021, month: 2, day: 13) + Int64.random(in: 0..<86_400, using: &rng)
    var out: [(Message, String, (Int, Int, Int, Int, Int, Int))] = []
    for _ in 0..<count {
      seconds += Int64.random(in: 1...Int64(300 * 86_400 / count), using: &rng)
      let days = seconds / 86_400
      let (year, month, day) = CivilTime.civil(days: days)
      let rest = Int(seconds % 86_400)
      let name = hostileNames.randomElement(using: &rng) ?? ""
      let text = texts.randomElement(using: &rng) ?? ""
      out.append(
        (
          Message(sender: WhatsAppNames.clean(name), time: seconds), name + ": " + text,
          (year, month, day, rest / 3600, rest / 60 % 60, rest % 60)
        ))
    }
    return out
  }

  @Test(arguments: WhatsAppHeaderFormat.all.map(\.name))
  func randomChatsParseBackExactly(_ name: String) throws {
    let format = try #require(WhatsAppHeaderFormat.all.first { $0.name == name })
    for seed in UInt64(1)...8 {
      var rng = SeededGenerator(seed: seed &* 0x1234_5678 &+ UInt64(name.utf8.count))
      let messages = Self.chat(&rng, count: 60)
      var parser = WhatsAppChatParser()
      var lineCount = 0
      for (_, text, at) in messages {
        let header = format.render(
          year: at.0, month: at.1, day: at.2, hour: at.3, minute: at.4, second: at.5)
        for line in (header + text).split(separator: "\n", omittingEmptySubsequences: false) {
          lineCount += 1
          var copy = String(line)
          copy.withUTF8 { parser.consume($0, number: lineCount) }
        }
      }
      let style = try #require(parser.style)
      if style.yearless, let last = messages.last?.2 {
        parser.inferYears(endYear: last.0, endMonth: last.1, endDay: last.2)
      }
      let dates = WhatsAppDates(records: parser.records, style: style, override: format.order)
      let parsed = parser.records.map { record in
        Message(
          sender: record.sender >= 0 ? parser.senders[Int(record.sender)] : "<none>",
          time: dates.time(of: record, zone: nil) ?? -1)
      }
      let expected = messages.map { message, _, _ in
        var message = message
        if !format.seconds { message.time -= message.time % 60 }
        return message
      }
      #expect(parsed == expected, "seed \(seed)")
      #expect(parser.headerLines + parser.continuationLines == lineCount, "seed \(seed)")
      #expect(parser.orphanLines.isEmpty)
    }
  }
}
