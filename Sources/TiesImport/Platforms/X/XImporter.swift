import TiesCore

/// The X (Twitter) archive, every generation of formats/others.md §1: the `window.YTD.*`
/// data files of 2019 onwards (any part number) and the Grailbird layout before it.
public struct XImporter: PlatformImporter {
  public let platform = Platform.x

  public init() {}

  public enum Role: FileRole {
    case owner
    case followers
    case following
    case blocked
    case muted
    case directMessages
    case groupMessages
    case tweets
    case grailbirdCSV
    case readme

    public var label: String {
      switch self {
      case .owner: "account"
      case .followers: "followers"
      case .following: "following"
      case .blocked: "blocked"
      case .muted: "muted"
      case .directMessages: "direct messages"
      case .groupMessages: "group direct messages"
      case .tweets: "tweets"
      case .grailbirdCSV: "tweets.csv"
      case .readme: "archive notes"
      }
    }
  }

  /// The data file's name without `.js` and without a `-partN` suffix.
  static func base(_ name: String) -> String {
    var stem = name.hasSuffix(".js") ? String(name.dropLast(3)) : name
    if let range = stem.range(of: "-part", options: .backwards),
      !stem[range.upperBound...].isEmpty, stem[range.upperBound...].allSatisfy(\.isNumber)
    {
      stem = String(stem[..<range.lowerBound])
    }
    return stem
  }

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    if entry.name == "README.txt",
      entry.prefixContains("Twitter") || entry.prefixContains("archive")
    {
      return Recognition(platform: .x, role: Role.readme, confidence: 50)
    }
    if entry.name == "tweets.csv", entry.prefixContains("in_reply_to_user_id") {
      return Recognition(
        platform: .x, role: Role.grailbirdCSV, confidence: 80,
        layout: XLayout.grailbird)
    }
    guard entry.fileExtension == "js" else { return nil }
    if entry.prefixContains("Grailbird.data.tweets_") {
      return Recognition(
        platform: .x, role: Role.tweets, confidence: 95, layout: XLayout.grailbird)
    }
    if entry.name == "user_details.js", entry.prefixContains("user_details") {
      return Recognition(platform: .x, role: Role.owner, confidence: 90)
    }
    if entry.name == "manifest.js", entry.prefixContains("window.__THAR_CONFIG") {
      return Recognition(platform: .x, role: Role.owner, confidence: 90)
    }
    guard entry.prefixContains("window.YTD.") else { return nil }
    let role: Role
    var layout: String?
    switch Self.base(entry.name) {
    case "account": role = .owner
    case "follower": role = .followers
    case "following": role = .following
    case "block": role = .blocked
    case "mute": role = .muted
    case "direct-messages": role = .directMessages
    case "direct-messages-group": role = .groupMessages
    case "tweet":
      role = .tweets
      layout = XLayout.tweet
    case "tweets":
      role = .tweets
      layout = XLayout.tweets
    default: return nil
    }
    return Recognition(platform: .x, role: role, confidence: 95, layout: layout)
  }

  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    switch role {
    case .owner:
      XAccounts.readOwner(entry, into: &sink)
    case .followers, .following, .blocked, .muted:
      XAccounts.readList(entry, role: role, into: &sink)
    case .directMessages:
      XDirectMessages.read(entry, isGroup: false, into: &sink)
    case .groupMessages:
      XDirectMessages.read(entry, isGroup: true, into: &sink)
    case .tweets:
      XTweets.read(entry, into: &sink)
    case .grailbirdCSV, .readme:
      // The same tweets as data/js/tweets/*.js, with fewer fields: read there.
      sink.skipped("not used by ties")
    }
  }

  /// Without `account.js` or `manifest.js`, the owner is the one id every one-to-one DM
  /// conversation names.
  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    let known = graph.ownerIdentities.contains {
      graph.identities[$0].key.platform == .x && graph.identities[$0].key.kind == .accountID
    }
    let threads = graph.threads.filter { $0.platform == .x && $0.key.hasPrefix("dm/") }
    guard !known, !threads.isEmpty else { return }
    OwnerInference.settle(
      OwnerInference.common(threads.map { Set($0.participants) }), in: &graph,
      path: graph.files.first { $0.platform == .x }?.path ?? "x"
    ) { _ in "no account.js: cannot tell which X account is yours; pass --me HANDLE" }
  }
}

/// The layout eras of X archives, as the report names them.
enum XLayout {
  static let grailbird = "until 2019: Grailbird (tweets only)"
  static let tweet = "2019–2022: window.YTD, tweet.js"
  static let tweets = "2022+: window.YTD, tweets.js and tweets-partN.js"
}
