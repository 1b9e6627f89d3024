import Foundation

/// The outputs of an earlier `ties analyze` run, read back for `ties diff`.
public struct RunOutput: Sendable {
  public var people: CSVDocument
  public var links: CSVDocument?
  public var summary: [String: String]

  public init(people: CSVDocument, links: CSVDocument?, summary: [String: String]) {
    self.people = people
    self.links = links
    self.summary = summary
  }

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Reads an earlier run: an output folder (people.csv needed, links.csv and summary.json
  /// used when there; a folder with only ties.sqlite is read from that) or a `ties.sqlite`.
  public static func load(_ path: String) throws -> RunOutput {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(description: "\(path): no such folder or file")
    }
    guard isDirectory.boolValue else { return try RunDatabase.load(path) }
    guard let people = try? String(contentsOfFile: path + "/people.csv", encoding: .utf8) else {
      if FileManager.default.fileExists(atPath: path + "/ties.sqlite") {
        return try RunDatabase.load(path + "/ties.sqlite")
      }
      throw Failure(
        description: "\(path): no people.csv or ties.sqlite; was it written by ties analyze?")
    }
    let links = (try? String(contentsOfFile: path + "/links.csv", encoding: .utf8)).map(
      CSVDocument.init(parsing:))
    var summary: [String: String] = [:]
    if let data = FileManager.default.contents(atPath: path + "/summary.json"),
      let object = try? JSONSerialization.jsonObject(with: data)
    {
      summary = JSONComparer.flatten(object)
    }
    return RunOutput(people: CSVDocument(parsing: people), links: links, summary: summary)
  }
}
