import Foundation

/// Compares two JSON outputs field by field: every scalar under its path, objects in arrays
/// named by their identifying field (a file by its path, a platform by its name) so that one
/// inserted file does not read as every later one changed.
enum JSONComparer {
  static let identifyingFields = ["person_id", "path", "platform", "id", "name"]

  static func compare(file: String, expected: Data, produced: Data) -> [OutputDifference]? {
    guard let old = try? JSONSerialization.jsonObject(with: expected, options: [.fragmentsAllowed]),
      let new = try? JSONSerialization.jsonObject(with: produced, options: [.fragmentsAllowed])
    else { return nil }
    let before = flatten(old)
    let after = flatten(new)
    var differences: [OutputDifference] = []
    for (path, value) in before.sorted(by: { $0.key < $1.key }) {
      if let now = after[path] {
        if now != value {
          differences.append(
            OutputDifference(file: file, kind: .changed, key: path, detail: "\(value) → \(now)"))
        }
      } else {
        differences.append(OutputDifference(file: file, kind: .gone, key: path, detail: value))
      }
    }
    for (path, value) in after.sorted(by: { $0.key < $1.key }) where before[path] == nil {
      differences.append(OutputDifference(file: file, kind: .added, key: path, detail: value))
    }
    return differences
  }

  static func flatten(_ value: Any, path: String = "", into result: inout [String: String]) {
    switch value {
    case let object as [String: Any]:
      if object.isEmpty { result[path] = "{}" }
      for (key, child) in object {
        flatten(child, path: path.isEmpty ? key : "\(path).\(key)", into: &result)
      }
    case let array as [Any]:
      if array.isEmpty { result[path] = "[]" }
      var used: Set<String> = []
      for (index, child) in array.enumerated() {
        var name = "\(index)"
        if let object = child as? [String: Any],
          let field = identifyingFields.first(where: { object[$0] is String }),
          let id = object[field] as? String, !used.contains(id)
        {
          name = id
        }
        used.insert(name)
        flatten(child, path: "\(path)[\(name)]", into: &result)
      }
    case let number as NSNumber:
      // Booleans come as char-typed numbers; show them as JSON writes them.
      let isBoolean = String(cString: number.objCType) == "c"
      result[path] = isBoolean ? (number.boolValue ? "true" : "false") : number.stringValue
    case let text as String:
      result[path] = "\"\(text)\""
    default:
      result[path] = "null"
    }
  }

  static func flatten(_ value: Any) -> [String: String] {
    var result: [String: String] = [:]
    flatten(value, into: &result)
    return result
  }
}
