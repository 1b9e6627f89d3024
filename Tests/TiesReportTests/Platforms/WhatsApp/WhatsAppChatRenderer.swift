import Foundation
import TiesImport

/// Renders one canonical set of WhatsApp chats in any header format, as the phone would
/// write them: Android files named `WhatsApp Chat with <name>.txt` with LF, iOS folders
/// `WhatsApp Chat - <name>/_chat.txt` with CRLF and U+200E before media lines. Every format
/// carries the same people, the same civil times and the same messages, so the reports
/// must be the same.
enum WhatsAppChatRenderer {
  static let owner = "Olive Owner"

  struct Line {
    var day: (Int, Int, Int)
    var time: (Int, Int)
    var sender: String?
    var text: String
  }

  /// The chats by title: whole minutes only (Android headers have no seconds), days past
  /// the 12th so the day/month order can be inferred, midnight and noon for 12-hour clocks.
  static func chats() -> [(title: String, lines: [Line])] {
    var anna: [Line] = []
    var day = DateComponents(
      calendar: Calendar(identifier: .gregorian), year: 2022, month: 1, day: 3)
    let calendar = Calendar(identifier: .gregorian)
    for week in 0..<40 {
      guard let date = calendar.date(from: day) else { break }
      let parts = calendar.dateComponents([.year, .month, .day], from: date)
      let stamp = (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
      let hour = [0, 12, 9, 18, 23][week % 5]
      let opener = week % 3 == 0 ? "Anna Schmidt" : owner
      let other = opener == owner ? "Anna Schmidt" : owner
      anna.append(Line(day: stamp, time: (hour, 5), sender: opener, text: "are you around?"))
      anna.append(
        Line(day: stamp, time: (hour, 17), sender: other, text: "yes, call you later\nafter work"))
      if week % 7 == 2 {
        anna.append(Line(day: stamp, time: (hour, 30), sender: opener, text: "<media>"))
      }
      if week % 9 == 4 {
        anna.append(
          Line(day: stamp, time: (hour, 41), sender: other, text: "This message was deleted"))
      }
      day.day = (day.day ?? 0) + 7
    }
    let unsaved = [
      Line(
        day: (2022, 6, 14), time: (10, 0), sender: "+44 7700 900111",
        text: "hi, this is Kai from the gym"),
      Line(day: (2022, 6, 14), time: (10, 20), sender: owner, text: "hi Kai!"),
      Line(
        day: (2022, 7, 30), time: (21, 2), sender: "+44 7700 900111", text: "climbing on sunday?"),
    ]
    var group: [Line] = []
    for (offset, day) in [(2022, 2, 13), (2022, 4, 24), (2022, 8, 28), (2022, 11, 20)].enumerated()
    {
      group.append(Line(day: day, time: (19, 0), sender: "Bruno Costa", text: "who is in?"))
      group.append(Line(day: day, time: (19, 3), sender: "~ Chris", text: "me"))
      group.append(
        Line(
          day: day, time: (19, 4), sender: offset % 2 == 0 ? owner : "Anna Schmidt",
          text: "count me in"))
    }
    return [("Anna Schmidt", anna), ("+44 7700 900111", unsaved), ("Climbing crew", group)]
  }

  /// Writes the chats into `folder` in `format`.
  static func write(_ format: WhatsAppHeaderFormat, to folder: String) throws {
    for (title, lines) in chats() {
      let ios = format.bracketed
      let newline = ios ? "\r\n" : "\n"
      let first = lines[0]
      var out = header(format, first.day, (first.time.0, max(0, first.time.1 - 1)))
      let notice =
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."
      out += ios ? "\(title): \u{200E}\(notice)" : notice
      out += newline
      for line in lines {
        var text = line.text
        if text == "<media>" { text = ios ? "\u{200E}image omitted" : "<Media omitted>" }
        out += header(format, line.day, line.time) + (line.sender.map { $0 + ": " } ?? "")
        out += text.replacingOccurrences(of: "\n", with: newline) + newline
      }
      let path: String
      if ios {
        let chat = folder + "/WhatsApp Chat - \(title)"
        try FileManager.default.createDirectory(atPath: chat, withIntermediateDirectories: true)
        path = chat + "/_chat.txt"
      } else {
        path = folder + "/WhatsApp Chat with \(title).txt"
      }
      try Data(out.utf8).write(to: URL(fileURLWithPath: path))
    }
  }

  private static func header(
    _ format: WhatsAppHeaderFormat, _ day: (Int, Int, Int), _ time: (Int, Int)
  ) -> String {
    format.render(year: day.0, month: day.1, day: day.2, hour: time.0, minute: time.1, second: 0)
  }
}
