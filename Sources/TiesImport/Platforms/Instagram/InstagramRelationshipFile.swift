import TiesCore

/// Followers, following and the other relationship lists, in all their record styles.
enum InstagramRelationshipFile {
  typealias Role = InstagramList

  /// The role of a relationship file by its name, across the renames of the eras.
  static func role(forFileName name: String) -> Role? {
    let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    if stem == "followers" || isNumbered(stem, base: "followers") { return .followers }
    if stem == "following" || isNumbered(stem, base: "following") { return .following }
    switch stem {
    case "close_friends": return .closeFriends
    case "blocked_profiles", "blocked_accounts": return .blocked
    case "restricted_profiles", "restricted_accounts": return .restricted
    case "hide_story_from": return .hiddenStory
    case "pending_follow_requests", "recent_follow_requests": return .requestsSent
    case "follow_requests_you've_received", "follow_requests_you_ve_received":
      return .requestsReceived
    case "recently_unfollowed_profiles", "recently_unfollowed_accounts": return .unfollowed
    default: return nil
    }
  }

  private static func isNumbered(_ stem: String, base: String) -> Bool {
    guard stem.hasPrefix(base + "_") else { return false }
    let suffix = stem.dropFirst(base.count + 1)
    return !suffix.isEmpty && suffix.allSatisfy(\.isASCII) && suffix.allSatisfy(\.isNumber)
  }

  /// A relationship file of 2021 or later: a wrapper object, a bare array or a bare record.
  static func read(
    _ document: JSONValue, role: Role, into sink: inout FileSink
  ) {
    // Only some files tell the era: followers moved from a wrapper (2021–22) to a bare
    // array (2023+); following.json switched to title records (2025+).
    let records: [JSONValue]
    var layout: String?
    switch document {
    case .array(let items):
      records = items
      if role == .followers { layout = InstagramLayout.bareArrays }
    case .object(let members):
      if let wrapped = members.first(where: { $0.key.hasPrefix("relationships_") })?.value.array {
        records = wrapped
        if role == .followers { layout = InstagramLayout.wrapped }
      } else if members["label_values"] != nil || members["string_list_data"] != nil {
        records = [document]  // one record, not wrapped in an array (2026 blocked_profiles)
      } else {
        sink.fail("no relationship records in this file")
        return
      }
    default:
      sink.fail("expected a JSON object or array")
      return
    }
    let (kind, direction) = role.link
    var skipped = 0
    for (index, record) in records.enumerated() {
      guard let person = InstagramRecord.person(record) else {
        skipped += 1
        continue
      }
      if person.titleStyle, role == .following { layout = InstagramLayout.titleRecords }
      let identity = sink.identity(
        IdentityKey(platform: .instagram, kind: .handle, value: person.username),
        name: person.fullName)
      sink.link(
        Link(
          platform: .instagram, kind: kind, direction: direction, identity: identity,
          time: person.time, source: SourceRef(file: sink.file, position: Int32(index))))
    }
    if let layout { sink.layout(layout, for: .instagram) }
    sink.read(records: records.count - skipped)
    if skipped > 0 {
      sink.partial(
        "\(skipped) record(s) without a username",
        Diagnostic(
          path: sink.path,
          message: "\(skipped) record(s) without a username were skipped"))
    }
  }

  /// The 2018–2020 `connections.json`: one object per list, username → date string.
  static func readLegacy(
    _ document: JSONValue, into sink: inout FileSink
  ) {
    guard case .object(let lists) = document else {
      sink.fail("expected a JSON object of lists")
      return
    }
    var count = 0
    for role in Role.allCases {
      guard let key = role.legacyKey, let entries = lists[key]?.object else { continue }
      let (kind, direction) = role.link
      for username in entries.keys.sorted() {
        let identity = sink.identity(
          IdentityKey(platform: .instagram, kind: .handle, value: username.lowercased()))
        sink.link(
          Link(
            platform: .instagram, kind: kind, direction: direction, identity: identity,
            time: entries[username]?.string.flatMap(ISODate.seconds),
            source: SourceRef(file: sink.file, position: Int32(count))))
        count += 1
      }
    }
    sink.read(records: count)
  }
}
