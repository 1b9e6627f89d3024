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

  /// Reads an output folder: people.csv is needed, links.csv and summary.json are used when there.
  public static func load(_ path: String) throws -> RunOutput {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(description: "\(path): no such folder")
    }
    guard isDirectory.boolValue else {
      throw Failure(
        description:
          "\(path): give the output folder of an earlier run (reading ties.sqlite needs the SQLite output)"
      )
    }
    guard let people = try? String(contentsOfFile: path + "/people.csv", encoding: .utf8) else {
      throw Failure(description: "\(path): no people.csv; was it written with --format csv?")
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
