/// Pairs the people of two runs: by person id first, then by any identity they share.
enum PersonMatcher {
  typealias Record = [String: String]

  static func match(_ old: [Record], _ new: [Record]) -> (
    matched: [(Record, Record)], gone: [Record], added: [Record]
  ) {
    var newByID: [String: Int] = [:]
    for (index, record) in new.enumerated() { newByID[record["person_id"] ?? ""] = index }
    var used = Set<Int>()
    var matched: [(Record, Record)] = []
    var unmatchedOld: [Record] = []
    for record in old {
      if let index = newByID[record["person_id"] ?? ""], !used.contains(index) {
        used.insert(index)
        matched.append((record, new[index]))
      } else {
        unmatchedOld.append(record)
      }
    }
    var byIdentity: [String: Int] = [:]
    for (index, record) in new.enumerated() where !used.contains(index) {
      for identity in identities(record) where byIdentity[identity] == nil {
        byIdentity[identity] = index
      }
    }
    var gone: [Record] = []
    for record in unmatchedOld {
      if let index = identities(record).compactMap({ byIdentity[$0] }).first(where: {
        !used.contains($0)
      }) {
        used.insert(index)
        matched.append((record, new[index]))
      } else {
        gone.append(record)
      }
    }
    let added = new.enumerated().filter { !used.contains($0.offset) }.map(\.element)
    return (matched, gone, added)
  }

  static func identities(_ record: Record) -> [String] {
    (record["identities"] ?? "").split(separator: ";").map(String.init).filter { !$0.isEmpty }
  }
}
