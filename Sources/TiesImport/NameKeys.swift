import TiesCore

/// `NameNormalizer.normalize` remembered for one pass over a run's identities. Passes after
/// the import normalize every display name of every identity, and exports repeat names
/// across identities (a recipient named on each of their profile URLs, common names); the
/// Unicode path costs microseconds a name, a dictionary lookup a fraction of that.
struct NameKeys {
  private var known: [String: String] = [:]

  mutating func key(_ name: String) -> String {
    if let key = known[name] { return key }
    let key = NameNormalizer.normalize(name)
    known[name] = key
    return key
  }
}
