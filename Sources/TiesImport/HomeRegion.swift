import TiesCore

/// The region a whole run's national phone numbers (`0151 2345678`, `9018675309`) are read
/// in, from the export itself and never from the machine's locale, applied once every file
/// is read so that the texts, the call log and the address book of one phone agree.
///
/// In order: `--region`; the owner's own international numbers (a profile's phone, an SMS
/// backup's own number) when they share one calling code; else the calling code that more
/// than half of the run's distinct international numbers carry. Anything else is split
/// evidence: national numbers stay as written, meeting only the same national number.
enum HomeRegion {
  struct Choice {
    var region: PhoneRegion?
    var reason: String
  }

  static func apply(_ option: PhoneRegion?, to graph: inout InteractionGraph) {
    let national = graph.identities.filter { isNational($0.key) }.count
    guard national > 0 else { return }
    let choice = choose(option, graph)
    var placed = 0
    if let region = choice.region {
      var e164: [String: String] = [:]
      for identity in graph.identities where isNational(identity.key) {
        e164[identity.key.value] = PhoneNumber.e164(national: identity.key.value, region: region)
      }
      placed = graph.rekeyIdentities(
        { key in
          guard isNational(key), let number = e164[key.value] else { return nil }
          return IdentityKey(platform: key.platform, kind: key.kind, value: number)
        },
        threadKey: { threadKey($0.key, e164) })
    }
    let kept = national - placed
    var note = "Phone numbers without a country code: "
    if let region = choice.region {
      note += "read as \(region.code) (+\(region.callingCode)), \(choice.reason)."
      if kept > 0 { note += " \(kept) of \(national) could not be placed and stay as written." }
    } else {
      note += "\(national) kept as written, \(choice.reason); pass --region (like DE or US)."
    }
    graph.phoneRegionNote = note
    if kept > 0 {
      graph.diagnostics.append(Diagnostic(path: "phone numbers", message: note))
    }
  }

  static func choose(_ option: PhoneRegion?, _ graph: InteractionGraph) -> Choice {
    if let option { return Choice(region: option, reason: "as --region says") }
    let owners = Set(
      graph.ownerIdentities.map { graph.identities[$0].key }
        .filter { $0.kind == .phone && $0.value.hasPrefix("+") }.map(\.value))
    let ownerCodes = Set(owners.compactMap { PhoneRegion.of(international: $0)?.callingCode })
    if ownerCodes.count == 1, let number = owners.sorted().first,
      let region = PhoneRegion.of(international: number)
    {
      return Choice(region: region, reason: "the country of your own number \(number)")
    }
    if ownerCodes.count > 1 {
      return Choice(
        region: nil,
        reason: "since your own numbers carry different country codes (\(ownerCodes.sorted()))")
    }
    var votes: [String: Int] = [:]
    let international = Set(
      graph.identities.map(\.key).filter { $0.kind == .phone && $0.value.hasPrefix("+") }
        .map(\.value))
    for number in international {
      guard let code = PhoneRegion.of(international: number)?.callingCode else { continue }
      votes[code, default: 0] += 1
    }
    let total = votes.values.reduce(0, +)
    guard
      let best = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
      ),
      let region = PhoneRegion.of(international: "+" + best.key + "0000000")
    else {
      return Choice(region: nil, reason: "since no number in the export carries one")
    }
    if best.value * 2 <= total {
      return Choice(
        region: nil,
        reason:
          "since the export's international numbers are split (the most common code, "
          + "+\(best.key), carries \(best.value) of \(total))")
    }
    return Choice(
      region: region,
      reason: "the code that \(best.value) of the export's \(total) international numbers carry")
  }

  /// A thread named by numbers (`9018675309`, `group:a~b~c`) renamed by their E.164 forms,
  /// members sorted as the importers sort them; nil when no number of it changes.
  private static func threadKey(_ key: String, _ e164: [String: String]) -> String? {
    let prefix = key.hasPrefix("group:") ? "group:" : ""
    let parts = key.dropFirst(prefix.count).split(separator: "~", omittingEmptySubsequences: false)
      .map(String.init)
    guard parts.contains(where: { e164[$0] != nil }) else { return nil }
    let mapped = parts.map { e164[$0] ?? $0 }
    return prefix + (parts.count > 1 ? mapped.sorted() : mapped).joined(separator: "~")
  }

  private static func isNational(_ key: IdentityKey) -> Bool {
    key.kind == .phone && !key.value.hasPrefix("+")
  }
}
