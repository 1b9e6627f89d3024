import TiesCore
import Yams

/// Walks the YAML tree of a people file: `me:`, `people:` and `split:`, warning about what
/// it cannot use instead of guessing.
struct PeopleFileReader {
  let source: String
  private(set) var diagnostics: [Diagnostic] = []

  init(source: String) { self.source = source }

  mutating func read(_ root: Node) -> PersonOverrides {
    var overrides = PersonOverrides(source: source)
    guard case .mapping(let top) = root else {
      warn(root, "expected a mapping with 'me', 'people' and 'split'")
      return overrides
    }
    for (key, value) in top {
      switch key.string {
      case "me": overrides.me = references(value)
      case "people":
        guard case .sequence(let items) = value else {
          warn(value, "'people' must be a list")
          continue
        }
        overrides.people = items.compactMap { entry($0) }
      case "split":
        guard case .sequence(let groups) = value else {
          warn(value, "'split' must be a list of lists")
          continue
        }
        for group in groups {
          let members = references(group)
          if members.count < 2 {
            warn(group, "a split needs at least two references")
          } else {
            overrides.splits.append(members)
          }
        }
      default:
        warn(key, "unknown key '\(key.string ?? "")'; expected me, people or split")
      }
    }
    return overrides
  }

  private mutating func entry(_ node: Node) -> PersonOverrides.Entry? {
    guard case .mapping(let fields) = node else {
      warn(node, "each person is a mapping with 'same:' and optionally name, kin, exclude")
      return nil
    }
    var entry = PersonOverrides.Entry(same: [], line: node.mark?.line)
    for (key, value) in fields {
      switch key.string {
      case "name":
        guard let name = value.string?.trimmingWhitespace(), !name.isEmpty else {
          warn(value, "'name' must be text")
          continue
        }
        entry.name = name
      case "same": entry.same = references(value)
      case "kin": entry.isKin = flag(value, "kin")
      case "exclude": entry.isExcluded = flag(value, "exclude")
      default:
        warn(key, "unknown key '\(key.string ?? "")'; expected name, same, kin or exclude")
      }
    }
    if entry.same.isEmpty {
      warn(node, "this person has no usable 'same:' reference and is ignored")
      return nil
    }
    return entry
  }

  /// One reference or a list of them.
  private mutating func references(_ node: Node) -> [PersonOverrides.Reference] {
    switch node {
    case .scalar:
      guard let text = node.string else { return [] }
      guard let reference = IdentityReference(parsing: text) else {
        warn(
          node,
          "'\(text)' is not a reference; write platform:handle, platform:name:…, phone:…, "
            + "email:…, name:… or a person id")
        return []
      }
      return [PersonOverrides.Reference(reference, text: text, line: node.mark?.line)]
    case .sequence(let items): return items.flatMap { references($0) }
    default:
      warn(node, "expected a reference or a list of references")
      return []
    }
  }

  private mutating func flag(_ node: Node, _ name: String) -> Bool {
    guard let value = node.bool else {
      warn(node, "'\(name)' must be true or false")
      return false
    }
    return value
  }

  private mutating func warn(_ node: Node, _ message: String) {
    diagnostics.append(Diagnostic(path: source, line: node.mark?.line, message: message))
  }
}
