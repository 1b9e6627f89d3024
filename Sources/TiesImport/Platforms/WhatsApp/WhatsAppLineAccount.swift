import TiesCore

/// Accounts for every line of one chat file in its `LineCounts`, and says why fewer
/// messages came out than header-shaped lines went in (the issue-13 rule: no silent loss).
struct WhatsAppLineAccount {
  /// Records the builder turned into messages or missed calls.
  var messages = 0
  /// Records written under the group's own name: the app speaking, not a member.
  var groupNameLines = 0
  /// Records on days that do not exist in the file's date order.
  var impossibleDates = 0
  /// Records whose sender label was empty once invisible marks were removed.
  var unnamed = 0

  /// A sender seen once among this many messages or more is suspect: a misread line more
  /// often than a member who wrote once.
  static let loneSenderMessages = 1000

  func counts(of parser: WhatsAppChatParser) -> LineCounts {
    let systemLines = parser.systemRecords
    let perSender = parser.messagesBySender
    let firstLineOf = parser.firstLineBySender
    var suspectLines = parser.orphanLines
    if let line = parser.firstForeignHeaderLine { suspectLines.append(line) }
    var suspect = parser.orphanLines.count + parser.foreignHeaderLines
    if parser.recordCount >= Self.loneSenderMessages {
      for (sender, count) in perSender.enumerated() where count == 1 {
        suspect += 1
        suspectLines.append(Int(firstLineOf[sender]))
      }
    }
    let notices = systemLines + groupNameLines
    var reasons: [String] = []
    if notices > 0 { reasons.append("\(notices) system line(s) and notice(s)") }
    if impossibleDates > 0 { reasons.append("\(impossibleDates) on impossible dates") }
    if unnamed > 0 { reasons.append("\(unnamed) with an empty sender") }
    if parser.foreignHeaderLines > 0 {
      reasons.append(
        "\(parser.foreignHeaderLines) line(s) dated in another header style, "
          + "read as continuation lines")
    }
    let headerShaped = parser.headerLines + parser.foreignHeaderLines
    return LineCounts(
      lines: parser.totalLines, messages: messages, notices: notices,
      continuations: parser.continuationLines, suspect: suspect,
      firstSuspectLine: suspectLines.min(),
      shortfall: messages < headerShaped && !reasons.isEmpty
        ? "\(headerShaped - messages) of \(headerShaped) header lines are no message: "
          + reasons.joined(separator: "; ") : nil)
  }
}
