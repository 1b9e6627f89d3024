import TiesCore

/// `profile_information.json`: the owner's full name (`profile_v2` since 2020, `profile`
/// before).
enum FacebookProfile {
  static func read(
    _ document: JSONValue, into sink: inout FileSink
  ) {
    let profile = document["profile_v2"] ?? document["profile"]
    let name = (profile?["name"]?["full_name"]?.string ?? profile?["name"]?.string).map(
      MetaText.repair)
    guard let name, !name.trimmingWhitespace().isEmpty else {
      sink.fail("no name in the profile")
      return
    }
    let owner = sink.identity(
      IdentityKey(platform: .facebook, kind: .name, value: name.trimmingWhitespace()), name: name)
    sink.owner(owner)
    sink.owner(name: name)
    sink.read(records: 1)
  }
}
