import Foundation
import Testing
import TiesTestSupport

/// The outputs read by the tools people open them with: the sqlite3 shell and Python's
/// sqlite3, NetworkX, a JSON Schema validator and headless Chromium. Each test skips with a
/// message when its tool is missing; `scripts/ensure-deps` installs them all.
struct OutputClientTests {
  private static func analyzeDemo(_ label: String) throws -> String {
    let out = try FixturePaths.temporaryFolder(label)
    let result = try TiesExecutable.run(["analyze", "fixtures/exports/demo", "--out", out])
    #expect(result.status == 0, "\(result.stderr)")
    return out
  }

  private static func python(_ script: String, _ arguments: [String]) throws
    -> TiesExecutable.Result
  {
    try ExternalTool.run(ExternalTool.find("python3") ?? "python3", ["-c", script] + arguments)
  }

  @Test func sqliteShellFindsTheFileIntactWithKeysHeld() throws {
    guard let sqlite = ExternalTool.find("sqlite3") else {
      print("skipped: sqlite3 not installed (scripts/ensure-deps installs it)")
      return
    }
    let out = try Self.analyzeDemo("sqlite-shell")
    let check = try ExternalTool.run(
      sqlite,
      [
        out + "/ties.sqlite",
        "PRAGMA integrity_check; PRAGMA foreign_key_check; SELECT count(*) FROM people;",
      ])
    let people =
      try String(contentsOfFile: out + "/people.csv", encoding: .utf8)
      .split(separator: "\n").count - 1
    #expect(check.stdout == "ok\n\(people)\n", "\(check.stdout)\(check.stderr)")
  }

  @Test func pythonSqliteViewsReturnThePeopleOfPeopleCSV() throws {
    guard ExternalTool.python(has: ["sqlite3", "csv"]) else {
      print("skipped: python3 with sqlite3 not installed")
      return
    }
    let out = try Self.analyzeDemo("sqlite-python")
    let script = """
      import csv, sqlite3, sys
      folder = sys.argv[1]
      db = sqlite3.connect(folder + "/ties.sqlite")
      assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
      assert db.execute("PRAGMA foreign_key_check").fetchall() == []
      people = list(csv.DictReader(open(folder + "/people.csv", encoding="utf-8")))
      def ids(rows): return sorted(r[0] for r in rows)
      views = {
        "meaningful_core": [p for p in people if p["category"] == "meaningful"],
        "one_sided": [p for p in people if p["category"] == "one-sided"],
        "fading": [p for p in people if p["status"] == "fading"],
      }
      for view, expected in views.items():
        got = ids(db.execute("SELECT person_id FROM " + view))
        want = sorted(p["person_id"] for p in expected)
        assert got == want, (view, got, want)
        assert want, view + " is empty on the demo"
      for p in people:
        sent, received = db.execute(
          "SELECT coalesce(sum(CASE direction WHEN 'sent' THEN messages END), 0),"
          " coalesce(sum(CASE direction WHEN 'received' THEN messages END), 0)"
          " FROM monthly WHERE person_id = ?", (p["person_id"],)).fetchone()
        assert (sent, received) == (int(p["messages_sent"]), int(p["messages_received"])), p["name"]
        row = db.execute("SELECT name, category, strength FROM people WHERE person_id = ?",
          (p["person_id"],)).fetchone()
        assert row == (p["name"], p["category"], int(p["strength"])), row
      links = sum(1 for _ in open(folder + "/links.csv", encoding="utf-8")) - 1
      assert db.execute("SELECT count(*) FROM links").fetchone()[0] == links
      print("OK", len(people))
      """
    let result = try Self.python(script, [out])
    #expect(result.status == 0 && result.stdout.hasPrefix("OK"), "\(result.stderr)")
  }

  @Test func networkxReadsTheEgoNetworkOfPeopleCSV() throws {
    guard ExternalTool.python(has: ["networkx"]) else {
      print("skipped: python3 networkx not installed (scripts/ensure-deps installs it)")
      return
    }
    let out = try Self.analyzeDemo("graphml")
    let script = """
      import csv, sys, networkx as nx
      folder = sys.argv[1]
      g = nx.read_graphml(folder + "/network.graphml")
      people = list(csv.DictReader(open(folder + "/people.csv", encoding="utf-8")))
      assert g.number_of_nodes() == len(people) + 1, g.number_of_nodes()
      assert g.nodes["me"]["is_owner"] is True
      contact = [e for e in g.edges(data=True) if e[2]["kind"] == "contact"]
      assert len(contact) == len(people)
      groups = [e for e in g.edges(data=True) if e[2]["kind"] == "shared-group"]
      assert groups, "the demo has people who share groups"
      for p in people:
        node = g.nodes[p["person_id"]]
        for column in ("name", "category", "direction", "layer", "status", "platforms"):
          assert node.get(column, "") == p[column], (column, node.get(column), p[column])
        assert node["strength"] == int(p["strength"])
        edge = g.edges["me", p["person_id"]]
        assert edge["from_you"] == int(p["messages_sent"]) + int(p["calls_placed"])
        assert edge["from_them"] == int(p["messages_received"]) + int(p["calls_received"])
      print("OK", g.number_of_nodes(), g.number_of_edges())
      """
    let result = try Self.python(script, [out])
    #expect(result.status == 0 && result.stdout.hasPrefix("OK"), "\(result.stderr)")
    if let xmllint = ExternalTool.find("xmllint") {
      let wellFormed = try ExternalTool.run(xmllint, ["--noout", out + "/network.graphml"])
      #expect(wellFormed.status == 0, "\(wellFormed.stderr)")
    }
  }

  @Test func summaryJSONValidatesAgainstItsSchema() throws {
    guard ExternalTool.python(has: ["jsonschema"]) else {
      print("skipped: python3 jsonschema not installed (scripts/ensure-deps installs it)")
      return
    }
    let script = """
      import json, sys, jsonschema
      schema = json.load(open("docs/summary.schema.json"))
      jsonschema.Draft202012Validator.check_schema(schema)
      for path in sys.argv[1:]:
        jsonschema.Draft202012Validator(schema).validate(json.load(open(path)))
      print("OK")
      """
    let cases = ["demo", "bad-files", "telegram-full", "sms-backup-2024", "x-2023"]
    let result = try Self.python(
      script, cases.map { FixturePaths.expected($0) + "/summary.json" })
    #expect(result.status == 0 && result.stdout.hasPrefix("OK"), "\(result.stderr)")
  }

  /// The same export in two folders of different depth gives the same bytes in every output.
  @Test func theSameExportElsewhereGivesTheSameBytes() throws {
    let near = try FixturePaths.temporaryFolder("near")
    let far = try FixturePaths.temporaryFolder("far") + "/a/b"
    try FileManager.default.createDirectory(atPath: far, withIntermediateDirectories: true)
    let source = FixturePaths.exports("demo")
    try FileManager.default.copyItem(atPath: source, toPath: near + "/demo")
    try FileManager.default.copyItem(atPath: source, toPath: far + "/demo")
    let outNear = try FixturePaths.temporaryFolder("out-near")
    let outFar = try FixturePaths.temporaryFolder("out-far")
    _ = try TiesExecutable.run(["analyze", near + "/demo", "--out", outNear])
    _ = try TiesExecutable.run(["analyze", far + "/demo/", "--out", outFar])
    for file in AnalyzeCommandTests.written {
      let a = try Data(contentsOf: URL(fileURLWithPath: outNear + "/" + file))
      let b = try Data(contentsOf: URL(fileURLWithPath: outFar + "/" + file))
      #expect(a == b, "\(file)")
      #expect(a.range(of: Data(near.utf8)) == nil, "\(file) holds the input's folder")
    }
  }
}

/// report.html in headless Chromium from file://: no console error, the script ran, the DOM
/// holds one row per person, and a screenshot lands in `.build/report-demo.png` for a person
/// to look at. One browser start per check: Chromium is slow to start.
struct HTMLReportBrowserTests {
  @Test func chromiumOpensTheDemoReportWithoutErrors() throws {
    guard let chromium = ExternalTool.find("chromium") ?? ExternalTool.find("chromium-browser")
    else {
      print("skipped: chromium not installed (scripts/ensure-deps installs it)")
      return
    }
    let out = try FixturePaths.temporaryFolder("html")
    _ = try TiesExecutable.run(["analyze", "fixtures/exports/demo", "--out", out])
    let page = "file://" + out + "/report.html"
    let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
    let dom = try ExternalTool.run(
      chromium, flags + ["--enable-logging=stderr", "--v=0", "--dump-dom", page])
    #expect(dom.status == 0, "\(dom.stderr)")
    let consoleErrors = dom.stderr.split(separator: "\n").filter {
      $0.contains("CONSOLE") || $0.contains("Uncaught") || $0.contains("Refused to")
    }
    #expect(consoleErrors.isEmpty, "\(consoleErrors)")
    let lines = try String(contentsOfFile: out + "/people.csv", encoding: .utf8)
      .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    let people = lines.count - 1
    // The demo's names hold no comma, so the columns up to status split plainly.
    let category = lines[0].firstIndex(of: "category") ?? 0
    let status = lines[0].firstIndex(of: "status") ?? 0
    let oneSided = lines.dropFirst().filter { $0[category] == "one-sided" }.count
    let fading = lines.dropFirst().filter { $0[status] == "fading" }.count
    #expect(dom.stdout.contains("data-ready=\"true\""), "the page's script did not finish")
    #expect(dom.stdout.components(separatedBy: "<tr data-person=").count - 1 == people)
    #expect(dom.stdout.contains("\(people) of \(people) people shown"))
    #expect(dom.stdout.contains("<span data-count=\"one-sided\">\(oneSided)</span>"))
    #expect(dom.stdout.contains("<span data-count=\"fading\">\(fading)</span>"))
    let screenshot = FixturePaths.root.appendingPathComponent(".build/report-demo.png").path
    let shot = try ExternalTool.run(
      chromium,
      flags + ["--hide-scrollbars", "--window-size=1280,2200", "--screenshot=" + screenshot, page])
    #expect(shot.status == 0 && FileManager.default.fileExists(atPath: screenshot))
  }

  /// The accessibility check we chose (WCAG 2.1 AA, the parts a static page can fail):
  /// the page names its language, every chart is an image with a text alternative, every
  /// control has a label, tables have captions and header scopes, and text colours reach
  /// 4.5:1 and chart colours 3:1 on the white page.
  @Test func theReportPassesOurAccessibilityCheck() throws {
    let out = try FixturePaths.temporaryFolder("a11y")
    _ = try TiesExecutable.run(["analyze", "fixtures/exports/demo", "--out", out])
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(html.contains("<html lang=\"en\">"))
    let svgs = html.components(separatedBy: "<svg").dropFirst()
    #expect(!svgs.isEmpty)
    for svg in svgs { #expect(svg.contains("role=\"img\" aria-label=\"")) }
    #expect(html.contains("<label for=\"filter\">"))
    #expect(
      html.components(separatedBy: "<table").count
        == html.components(separatedBy: "<caption>").count)
    #expect(!html.contains("<th>"))
    func luminance(_ hex: String) -> Double {
      let value = Int(hex.dropFirst(), radix: 16) ?? 0
      let channel = { (shift: Int) -> Double in
        let c = Double((value >> shift) & 0xFF) / 255
        return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
    let contrast = { (hex: String) in 1.05 / (luminance(hex) + 0.05) }
    for text in ["--fg: #1a1a1a", "--muted: #4a4a4a", "--you: #1d4ed8"] {
      #expect(html.contains(text))
      #expect(contrast(String(text.suffix(7))) >= 4.5, "\(text)")
    }
    for colour in [
      "#3f3f3f", "#9d174d", "#0e7490", "#6b6b6b", "#8a5a00", "#1d4ed8", "#7c3aed", "#a16207",
      "#c2410c", "#047857", "#b91c1c",
    ] {
      #expect(html.contains("fill=\"\(colour)\"") || html.contains("background:\(colour)"))
      #expect(contrast(colour) >= 3, "\(colour)")
    }
  }
}
