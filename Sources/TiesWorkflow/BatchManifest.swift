import Foundation

/// The participants of a batch: a folder whose immediate subfolders are the participants
/// (folder name = id), or a CSV with columns `id,path` (several rows for several parts).
public struct BatchManifest: Sendable, Equatable {
  public struct Participant: Sendable, Equatable {
    public var id: String
    public var paths: [String]
  }

  /// Sorted by id, so every shard and every rerun sees the same order.
  public var participants: [Participant]

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  public static func load(_ path: String) throws -> BatchManifest {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(description: "\(path): no such manifest")
    }
    let participants =
      isDirectory.boolValue ? try folder(path) : try csv(path)
    return BatchManifest(participants: participants.sorted { $0.id < $1.id })
  }

  private static func folder(_ path: String) throws -> [Participant] {
    let names = try FileManager.default.contentsOfDirectory(atPath: path)
    return names.filter { name in
      var isDirectory: ObjCBool = false
      return !name.hasPrefix(".")
        && FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }.map { Participant(id: $0, paths: [path + "/" + $0]) }
  }

  private static func csv(_ path: String) throws -> [Participant] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw Failure(description: "\(path): cannot read the manifest as UTF-8 text")
    }
    let base = (path as NSString).deletingLastPathComponent
    var rows = CSVDocument.records(text).filter { !($0.count == 1 && $0[0].isEmpty) }
    if let first = rows.first, first.map({ $0.lowercased() }) == ["id", "path"] {
      rows.removeFirst()
    }
    var paths: [String: [String]] = [:]
    for (index, row) in rows.enumerated() {
      guard row.count == 2, !row[0].isEmpty, !row[1].isEmpty else {
        throw Failure(description: "\(path):\(index + 2): expected 'id,path'")
      }
      guard isValidID(row[0]) else {
        throw Failure(
          description:
            "\(path):\(index + 2): id '\(row[0])' must be letters, digits, '.', '_' or '-'")
      }
      let part = row[1].hasPrefix("/") ? row[1] : base + "/" + row[1]
      paths[row[0], default: []].append(part)
    }
    return paths.map { Participant(id: $0.key, paths: $0.value) }
  }

  /// Ids become folder and file names: no separators, no `..`.
  public static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id != "." && id != ".."
      && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
  }
}
