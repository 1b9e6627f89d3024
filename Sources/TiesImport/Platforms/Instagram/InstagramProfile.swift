import TiesCore

/// `personal_information.json`: the owner's username and full name.
enum InstagramProfile {
  static func read(
    _ document: JSONValue, context: InstagramFileContext, into graph: inout InteractionGraph
  ) {
    let profile = document["profile_user"]?.array?.first ?? document["profile_user"]
    let fields = profile?["string_map_data"]
    // 2021+: profile_user[0].string_map_data; 2018–2020 profile.json: plain keys.
    let username = (fields?["Username"]?["value"] ?? document["username"])?.string.map(
      MetaText.repair)
    let name = (fields?["Name"]?["value"] ?? document["name"])?.string.map(MetaText.repair)
    guard let username, !username.isEmpty else {
      graph.fail(
        context.fileIndex, path: context.entry.displayPath, offset: nil,
        reason: "no username in the profile")
      return
    }
    let owner = graph.identity(
      IdentityKey(platform: .instagram, kind: .handle, value: username.lowercased()), name: name)
    graph.ownerIdentities.insert(owner)
    if let name, !name.isEmpty { graph.ownerNames.insert(name) }
    graph.files[context.fileIndex].records = 1
  }
}
