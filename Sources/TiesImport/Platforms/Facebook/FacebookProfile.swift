import TiesCore

/// `profile_information.json`: the owner's full name (`profile_v2` since 2020, `profile`
/// before).
enum FacebookProfile {
  static func read(
    _ document: JSONValue, fileIndex: Int, path: String, into graph: inout InteractionGraph
  ) {
    let profile = document["profile_v2"] ?? document["profile"]
    let name = (profile?["name"]?["full_name"]?.string ?? profile?["name"]?.string).map(
      MetaText.repair)
    guard let name, !name.trimmingWhitespace().isEmpty else {
      graph.fail(fileIndex, path: path, offset: nil, reason: "no name in the profile")
      return
    }
    let owner = graph.identity(
      IdentityKey(platform: .facebook, kind: .name, value: name.trimmingWhitespace()), name: name)
    graph.ownerIdentities.insert(owner)
    graph.ownerNames.insert(name)
    graph.files[fileIndex].records = 1
  }
}
