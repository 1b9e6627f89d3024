import TiesCore

/// The category of someone known only by declared links (DESIGN §3). Only follow-type links
/// (follows, friendships, connections, requests) make a follower, followed or mutual; an
/// address-book contact, a block and a removal keep their own kinds.
enum LinkClassifier {
  static func classify(_ metrics: inout PersonMetrics) {
    let incoming = !metrics.followsYou.isEmpty
    let outgoing = !metrics.youFollow.isEmpty
    let names = { (platforms: [Platform]) in
      platforms.map(\.displayName).joined(separator: ", ")
    }
    metrics.confidence = .high
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
      classifyOtherLinks(&metrics)
    }
    if metrics.category != .contact, let platforms = platforms(of: [.contact], in: metrics) {
      metrics.reason += "; saved in your contacts (\(platforms))"
    }
  }

  private static func classifyOtherLinks(_ metrics: inout PersonMetrics) {
    let links = metrics.linkSummary.joined(separator: ", ")
    if let platforms = platforms(of: [.blocked, .restricted], in: metrics) {
      metrics.category = .blocked
      metrics.direction = .you
      metrics.reason = "you blocked or restricted them on \(platforms); no direct messages or calls"
    } else if let platforms = platforms(of: [.removed, .unfollowed, .hiddenStory], in: metrics) {
      metrics.category = .removed
      metrics.direction = .you
      metrics.reason =
        "you removed, unfollowed or hid them on \(platforms) (\(links)); no direct messages or calls"
    } else if let platforms = platforms(of: [.contact, .closeFriend], in: metrics) {
      metrics.category = .contact
      metrics.direction = .none
      metrics.reason =
        "saved in your contacts (\(platforms)); not a follow either way; no direct messages or calls"
    } else {
      // Only what the owner did toward them: public mentions, one-sided exports.
      metrics.category = .followed
      metrics.direction = .you
      metrics.confidence = .low
      metrics.reason =
        links.isEmpty
        ? "no link either way; no two-way messages or calls"
        : "no current follow either way (\(links)); no direct messages or calls"
    }
  }

  /// The display names of the platforms with a link of one of these kinds; nil if none.
  static func platforms(of kinds: Set<LinkKind>, in metrics: PersonMetrics) -> String? {
    var found: Set<String> = []
    for summary in metrics.linkSummary {
      let parts = summary.split(separator: ":").map(String.init)
      guard parts.count == 3, let kind = LinkKind(rawValue: parts[1]), kinds.contains(kind),
        let platform = Platform(rawValue: parts[0])
      else { continue }
      found.insert(platform.displayName)
    }
    return found.isEmpty ? nil : found.sorted().joined(separator: ", ")
  }

  /// Whether a link says someone chose to follow or connect: contacts, blocks and removals
  /// do not, and nothing in an address book does, Google's or a contacts CSV's (a starred
  /// contact is a `close-friend` link, but a star is no follow).
  static func isFollow(_ kind: LinkKind, on platform: Platform) -> Bool {
    if platform == .google || platform == .contacts { return false }
    switch kind {
    case .follows, .friend, .connection, .closeFriend, .requestSent, .requestReceived,
      .requestRejected:
      return true
    case .contact, .blocked, .restricted, .hiddenStory, .removed, .unfollowed:
      return false
    }
  }
}
