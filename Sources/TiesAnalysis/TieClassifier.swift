import Foundation
import TiesCore

/// The category, direction and the one-sentence reason (DESIGN §3).
struct TieClassifier {
  let settings: AnalysisSettings

  func classify(_ metrics: inout PersonMetrics) {
    if metrics.hasDirectExchange {
      classifyExchange(&metrics)
    } else if metrics.unattributedMessages > 0 {
      // Only when the owner is unknown: their chats cannot be told from the owner's side.
      metrics.category = .oneSided
      metrics.direction = .them
      metrics.reason =
        "wrote \(metrics.unattributedMessages) messages in one-to-one chats, but which side is you "
        + "is unknown: pass --me NAME"
    } else if metrics.reactionsSent + metrics.reactionsReceived > 0 {
      // Reactions alone: one-click acts, never a composed word (Burke & Kraut 2014).
      metrics.category = .oneSided
      metrics.direction = metrics.reactionsSent >= metrics.reactionsReceived ? .you : .them
      metrics.reason =
        "only one-click reactions (\(metrics.reactionsSent) from you, \(metrics.reactionsReceived) "
        + "from them); no messages or calls"
    } else if metrics.groupMessages > 0 || metrics.sharedGroups > 0,
      metrics.ownerOnlyMessages == 0
    {
      metrics.category = .groupOnly
      metrics.direction = .none
      let groups =
        metrics.sharedGroups == 1 ? "1 group chat" : "\(metrics.sharedGroups) group chats"
      metrics.reason =
        "only meets you in \(groups) (\(metrics.groupMessages) group messages from them); "
        + "no one-to-one exchange"
    } else {
      classifyLinks(&metrics)
    }
    if metrics.ownerOnlyMessages > 0 {
      // They may well have answered: the export cannot show it.
      metrics.reason = metrics.reason.replacingOccurrences(
        of: "no direct messages or calls", with: "no messages from them in the export")
    }
    metrics.reason += unseenSides(metrics)
  }

  /// Evidence that says nothing about the other side: public posts (an archive holds only the
  /// owner's) and messages in threads whose export holds only the owner's side.
  private func unseenSides(_ metrics: PersonMetrics) -> String {
    var notes: [String] = []
    let mentions = metrics.publicMentionsSent + metrics.publicMentionsReceived
    if mentions > 0 {
      notes.append(
        "\(metrics.publicMentionsSent) public replies or mentions from you and "
          + "\(metrics.publicMentionsReceived) from them (public posts, not a direct exchange)")
    }
    if metrics.ownerOnlyMessages > 0 {
      notes.append(
        "you sent \(metrics.ownerOnlyMessages) direct messages in an export that holds only your "
          + "own messages (Discord): their replies are not in it, so the balance is unknown")
    }
    return notes.isEmpty ? "" : "; " + notes.joined(separator: "; ")
  }

  private func classifyExchange(_ metrics: inout PersonMetrics) {
    let you = metrics.messagesSent + metrics.callsPlaced
    let them = metrics.messagesReceived + metrics.callsReceived
    let opened = (you: metrics.initiatedByYou, them: metrics.initiatedByThem)
    let evidence =
      "you opened \(opened.you) of \(metrics.conversations) conversations; "
      + "they answered \(metrics.repliesByThem) of your \(metrics.turnsByYou) turns, "
      + "you answered \(metrics.repliesByYou) of their \(metrics.turnsByThem)"
    let balance = metrics.messageBalance ?? 0
    var oneSided: TieDirection?
    if them == 0 || you == 0 {
      oneSided = them == 0 ? .you : .them
    } else if balance < settings.oneSidedBalance {
      oneSided = you > them ? .you : .them
    } else if metrics.conversations >= settings.minimumConversationsForInitiation {
      let ratio = settings.initiationRatio
      if Double(opened.you) >= ratio * Double(max(1, opened.them)) && opened.you > opened.them {
        oneSided = .you
      } else if Double(opened.them) >= ratio * Double(max(1, opened.you))
        && opened.them > opened.you
      {
        oneSided = .them
      }
    }
    if let oneSided {
      metrics.category = .oneSided
      metrics.direction = oneSided
      let who = oneSided == .you ? "you reach out" : "they reach out"
      metrics.reason =
        "\(who): \(you) from you and \(them) from them (messages and calls); \(evidence)"
      return
    }
    metrics.direction = .both
    let span = Int64(settings.meaningfulSpanDays) * 86_400
    let sustained =
      (metrics.lastConversation ?? 0) - (metrics.firstConversation ?? 0) >= span
      && opened.you >= settings.meaningfulInitiations
      && opened.them >= settings.meaningfulInitiations
    let deep = metrics.calls > 0 || metrics.longTalks >= settings.meaningfulLongTalks
    let months =
      ((metrics.lastConversation ?? 0) - (metrics.firstConversation ?? 0)) / (30 * 86_400)
    if sustained && deep && metrics.status == .active {
      metrics.category = .meaningful
      let depth =
        metrics.calls > 0 ? "\(metrics.calls) calls" : "\(metrics.longTalks) long talks"
      metrics.reason =
        "two-way for \(months) months, \(depth), still active: \(you) from you and \(them) from "
        + "them (messages and calls); \(evidence)"
    } else {
      metrics.category = .twoWay
      var missing: [String] = []
      if !sustained {
        missing.append("not yet sustained over \(settings.meaningfulSpanDays) days by both")
      }
      if !deep { missing.append("no calls or long talks") }
      if metrics.status != .active { missing.append("contact is \(metrics.status.rawValue)") }
      metrics.reason =
        "both write (\(you) from you and \(them) from them); \(evidence); "
        + missing.joined(separator: ", ")
    }
  }

  private func classifyLinks(_ metrics: inout PersonMetrics) {
    let incoming = !metrics.followsYou.isEmpty
    let outgoing = !metrics.youFollow.isEmpty
    let names = { (platforms: [Platform]) in
      platforms.map(\.displayName).joined(separator: ", ")
    }
    switch (incoming, outgoing) {
    case (true, true):
      metrics.category = .mutual
      metrics.direction = .both
      let shared = Set(metrics.followsYou).intersection(metrics.youFollow).sorted()
      let platforms = shared.isEmpty ? metrics.followsYou + metrics.youFollow : shared
      metrics.reason = "linked both ways on \(names(platforms)); no direct messages or calls"
    case (true, false):
      metrics.category = .follower
      metrics.direction = .them
      metrics.reason =
        "follows or added you on \(names(metrics.followsYou)); you do not follow back; "
        + "no direct messages or calls"
    case (false, true):
      metrics.category = .followed
      metrics.direction = .you
      metrics.reason =
        "you follow them on \(names(metrics.youFollow)); they do not follow back; "
        + "no direct messages or calls"
    case (false, false):
      // Only blocks, removals, unfollows or requests: what the owner did toward them.
      metrics.category = .followed
      metrics.direction = .you
      let links = metrics.linkSummary.joined(separator: ", ")
      metrics.reason =
        links.isEmpty
        ? "no link either way; no two-way messages or calls"
        : "no current follow either way (\(links)); no direct messages or calls"
    }
  }
}
