import TiesAnalysis
import TiesCore

/// `links.csv`: one row per declared link, with the person it was resolved to.
public struct LinksCSVWriter: ReportWriter {
  public let fileName = "links.csv"

  public init() {}

  static let columns = [
    "platform", "kind", "direction", "person_id", "name", "identity", "time", "source", "position",
  ]

  /// The rows are sorted before the first is written, so they are held as fields; their
  /// text is made one row at a time.
  public func write<Out: TextOutputStream>(_ context: ReportContext, into out: inout Out) {
    out.write(Formatting.csvRow(Self.columns))
    for row in Self.rows(context) { out.write(Formatting.csvRow(row)) }
  }

  /// The rows in `columns` order, sorted; `person_id` is `me` for the owner's own links.
  static func rows(_ context: ReportContext) -> [[String]] {
    let analysis = context.analysis
    let graph = analysis.graph
    var rows: [[String]] = []
    let ownIdentities = Set(analysis.owner?.identities ?? [])
    for link in graph.links {
      let identity = graph.identities[link.identity]
      let person = analysis.personOfIdentity[link.identity].map { analysis.people[$0] }
      let isOwn = ownIdentities.contains(link.identity)
      // Nobody listed and not the owner: a person the people file excludes, listed nowhere.
      if person == nil && !isOwn { continue }
      rows.append([
        link.platform.rawValue, link.kind.rawValue, link.direction.rawValue,
        person?.person.id ?? "me",
        person?.person.name ?? identity.bestName, identity.key.description,
        Formatting.date(link.time), graph.files[link.source.file].path,
        String(link.source.position),
      ])
    }
    rows.sort { $0.lexicographicallyPrecedes($1) }
    return rows
  }
}
