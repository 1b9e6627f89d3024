import TiesCore
import TiesImport

/// The text `ties detect` prints.
struct DetectionListing {
  let run: ImportRun

  func render() -> String {
    let graph = run.graph
    var out = ""
    let platforms = Set(run.detection.claimed.map(\.recognition.platform)).sorted()
    for platform in platforms {
      out += "\(platform.rawValue)\n"
      let layouts = (graph.layouts[platform] ?? []).sorted()
      out += "  layouts: \(layouts.isEmpty ? "unknown" : layouts.joined(separator: "; "))\n"
      let owners = graph.ownerIdentities.map { graph.identities[$0] }.filter {
        $0.key.platform == platform
      }
      .sorted { $0.key < $1.key }
      .map { identity in
        identity.displayNames.isEmpty || identity.displayNames == [identity.key.value]
          ? identity.key.value
          : "\(identity.key.value) (\(identity.displayNames.joined(separator: ", ")))"
      }
      out +=
        "  owner: \(owners.isEmpty ? "not found (pass --me NAME)" : owners.joined(separator: "; "))\n"
      out += "  files:\n"
      for file in graph.files where file.platform == platform {
        let detail =
          file.status == .read
          ? "\(file.records) records" : "\(file.status.rawValue): \(file.reason ?? "")"
        out += "    \(file.role): \(file.path) (\(detail))\n"
      }
    }
    let unclaimed = run.detection.unclaimed
    out += "not used (\(unclaimed.count))\n"
    for file in unclaimed { out += "  \(file.entry.displayPath): \(file.reason)\n" }
    return out
  }
}
