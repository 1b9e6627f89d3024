import Foundation
import Testing
import TiesCore
import TiesImport
import TiesTestSupport

/// Identity resolution measured on a multi-platform export whose truth we wrote
/// (scripts/make-identity-export, fixtures/truth/identity-multi.csv).
struct IdentityResolutionTests {
  static let fixture = FixturePaths.exports("identity-multi")
  static let platforms = ["facebook", "instagram", "whatsapp"]

  private func resolve(_ folders: [String]) async throws -> (
    InteractionGraph, PersonResolver.Result
  ) {
    let paths = folders.map { (Self.fixture as NSString).appendingPathComponent($0) }
    let graph = try await ImportPipeline.run(paths, options: ImportOptions(jobs: 2)).graph
    return (graph, PersonResolver().resolve(graph))
  }

  /// identity key → the real person it belongs to.
  private func truth() throws -> [String: String] {
    let text = try String(
      contentsOfFile: FixturePaths.root.appendingPathComponent("fixtures/truth/identity-multi.csv")
        .path,
      encoding: .utf8)
    var result: [String: String] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      guard let comma = line.lastIndex(of: ",") else { continue }
      result[String(line[..<comma]).trimmingCharacters(in: ["\""])] = String(
        line[line.index(after: comma)...])
    }
    return result
  }

  @Test func mergePrecisionAndRecallOnAKnownTruth() async throws {
    let truth = try truth()
    let (graph, result) = try await resolve(Self.platforms)
    var personOf: [String: Int] = [:]
    for (index, identity) in graph.identities.enumerated() {
      personOf[identity.key.description] = result.personOfIdentity[index]
    }
    let keys = truth.keys.sorted()
    #expect(keys.count > 100)
    #expect(keys.filter { personOf[$0] == nil } == [], "every identity of the truth is imported")
    var (truePositives, falsePositives, falseNegatives) = (0, 0, 0)
    for (offset, first) in keys.enumerated() {
      for second in keys[(offset + 1)...] {
        guard let a = personOf[first], let b = personOf[second] else { continue }
        let merged = a == b
        let same = truth[first] == truth[second]
        if merged && same { truePositives += 1 }
        if merged && !same { falsePositives += 1 }
        if !merged && same { falseNegatives += 1 }
      }
    }
    let precision = Double(truePositives) / Double(truePositives + falsePositives)
    let recall = Double(truePositives) / Double(truePositives + falseNegatives)
    print(
      "identity-multi: merge precision \(String(format: "%.3f", precision)), recall "
        + "\(String(format: "%.3f", recall)) (\(truePositives) true pairs merged, \(falsePositives) "
        + "wrongly, \(falseNegatives) missed)")
    #expect(precision >= 0.98)
    #expect(recall >= 0.9)
  }

  @Test func namesakesFirstNamesAndPlaceholdersStayApart() async throws {
    let (graph, result) = try await resolve(Self.platforms)
    func person(_ key: String) -> Int? {
      graph.identities.firstIndex { $0.key.description == key }.map { result.personOfIdentity[$0] }
    }
    #expect(person("instagram:name:Sam") != person("whatsapp:name:Sam"))
    #expect(
      person("facebook:name:Facebook user (facebookuser_100001)")
        != person("facebook:name:Facebook user (facebookuser_100002)"))
    #expect(person("whatsapp:name:Anna Schmidt") == person("instagram:anna.schmidt"))
    #expect(person("whatsapp:name:Zoe Muller") == person("facebook:name:Zoë Müller"))
    #expect(person("whatsapp:name:Olive Owner") == result.ownerIndex)
    #expect(person("instagram:olive.owner") == result.ownerIndex)
    #expect(person("facebook:name:Olive Owner") == result.ownerIndex)
  }

  /// Adding or removing one platform's export leaves the id of everyone not on it unchanged.
  @Test(arguments: platforms)
  func idsSurviveRemovingOnePlatform(_ removed: String) async throws {
    let (fullGraph, full) = try await resolve(Self.platforms)
    let (partGraph, part) = try await resolve(Self.platforms.filter { $0 != removed })
    func keys(_ person: Person, _ graph: InteractionGraph) -> Set<String> {
      Set(person.identities.map { graph.identities[$0].key.description })
    }
    let remaining = Dictionary(
      part.people.map { ($0.id, keys($0, partGraph)) }, uniquingKeysWith: { first, _ in first })
    var checked = 0
    for person in full.people {
      let platforms = Set(person.identities.map { fullGraph.identities[$0].key.platform.rawValue })
      guard !platforms.contains(removed) else { continue }
      checked += 1
      #expect(remaining[person.id] == keys(person, fullGraph), "\(person.id) \(person.name)")
    }
    #expect(checked > 5)
  }
}
