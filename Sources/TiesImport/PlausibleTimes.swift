import TiesCore

/// Drops events dated outside `CivilTime.plausible` and forgets such link times, with one
/// warning per file, so that a corrupt timestamp cannot decide a whole run.
enum PlausibleTimes {
  static func enforce(on graph: inout InteractionGraph) {
    var dropped: [Int: Int] = [:]
    let threadFile = graph.threads.map(\.source.file)
    // A run reads and rewrites its spilled interactions only when there is something to drop.
    if let times = graph.interactionTimes,
      !CivilTime.plausible.contains(times.lowerBound)
        || !CivilTime.plausible.contains(times.upperBound)
    {
      graph.transformInteractions { interaction in
        guard !CivilTime.plausible.contains(interaction.time) else { return true }
        dropped[threadFile[Int(interaction.thread)], default: 0] += 1
        return false
      }
    }
    var forgotten: [Int: Int] = [:]
    for index in graph.links.indices {
      guard let time = graph.links[index].time, !CivilTime.plausible.contains(time) else {
        continue
      }
      graph.links[index].time = nil
      forgotten[graph.links[index].source.file, default: 0] += 1
    }
    for (file, count) in dropped.sorted(by: { $0.key < $1.key }) {
      graph.diagnostics.append(
        Diagnostic(
          path: graph.files[file].path,
          message: "\(count) event(s) dated outside 1990–2100 were left out"))
    }
    for (file, count) in forgotten.sorted(by: { $0.key < $1.key }) {
      graph.diagnostics.append(
        Diagnostic(
          path: graph.files[file].path,
          message: "\(count) link time(s) outside 1990–2100 were ignored"))
    }
  }
}
