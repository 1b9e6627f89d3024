/// `ties diff` as Markdown: one section per kind of change, empty ones left out.
public enum RunDiffMarkdown {
  public static func render(_ diff: RunDiff, old: String, new: String) -> String {
    var text = "# What changed\n\nFrom `\(old)` to `\(new)`.\n"
    if diff.isEmpty { return text + "\nNothing changed.\n" }
    func people(_ title: String, _ list: [RunDiff.Person]) {
      guard !list.isEmpty else { return }
      text += "\n## \(title) (\(list.count))\n\n"
      for person in list {
        text += "- \(person.name.isEmpty ? person.personID : person.name) — \(person.category)\n"
      }
    }
    func changes(_ title: String, _ list: [RunDiff.Change], reasons: Bool) {
      guard !list.isEmpty else { return }
      text += "\n## \(title) (\(list.count))\n\n"
      for change in list {
        let who = change.person.name.isEmpty ? change.person.personID : change.person.name
        text += "- \(who): \(change.field) \(change.old) → \(change.new)\n"
        if reasons && change.oldReason != change.newReason {
          text += "  - was: \(change.oldReason)\n  - now: \(change.newReason)\n"
        }
      }
    }
    people("New people", diff.added)
    people("Gone", diff.gone)
    changes("Turned one-sided", diff.turnedOneSided, reasons: true)
    changes("Faded", diff.faded, reasons: true)
    changes("Category changes", diff.categoryChanges, reasons: true)
    changes("Strength moves", diff.strengthMoves, reasons: false)
    if !diff.unfollowed.isEmpty {
      text += "\n## No longer follow you (\(diff.unfollowed.count))\n\n"
      for line in diff.unfollowed { text += "- \(line)\n" }
    }
    if !diff.totals.isEmpty {
      text += "\n## Totals\n\n| total | before | after |\n|---|---:|---:|\n"
      for change in diff.totals {
        text += "| \(change.field.dropFirst("totals.".count)) | \(change.old) | \(change.new) |\n"
      }
    }
    return text
  }
}
