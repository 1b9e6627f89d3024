import TiesCore

/// `personal_information.json`: the owner's username and full name.
enum InstagramProfile {
  static func read(
    _ document: JSONValue, into sink: inout FileSink
  ) {
    let profile = document["profile_user"]?.array?.first ?? document["profile_user"]
    let fields = profile?["string_map_data"]
    // 2021+: profile_user[0].string_map_data; 2018–2020 profile.json: plain keys.
    let username = (fields?["Username"]?["value"] ?? document["username"])?.string.map(
      MetaText.repair)
    let name = (fields?["Name"]?["value"] ?? document["name"])?.string.map(MetaText.repair)
    guard let username, !username.isEmpty else {
      sink.fail("no username in the profile")
      return
    }
    let owner = sink.identity(
      IdentityKey(platform: .instagram, kind: .handle, value: username.lowercased()), name: name)
    sink.owner(owner)
    if let name, !name.isEmpty { sink.owner(name: name) }
    sink.read(records: 1)
  }
}
