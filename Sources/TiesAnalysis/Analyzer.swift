import TiesCore

/// Resolves people and measures every tie between the owner and someone else.
public struct Analyzer: Sendable {
  public var settings: AnalysisSettings
  /// What the user's people.yaml says; it wins over what the data suggests.
  public var overrides: PersonOverrides

  public init(
    settings: AnalysisSettings = AnalysisSettings(), overrides: PersonOverrides = PersonOverrides()
  ) {
    self.settings = settings
    self.overrides = overrides
  }

  public func analyze(_ input: InteractionGraph) -> Analysis {
    var graph = input
    let resolution = PersonResolver(overrides: overrides).resolve(graph)
    graph.diagnostics.append(contentsOf: resolution.diagnostics)
    let ownerIndex = resolution.ownerIndex
    let personOf = resolution.personOfIdentity
    var metrics = resolution.people.map(PersonMetrics.init)

    var start: Int64?
    var latest: Int64?
    func see(_ time: Int64) {
      start = min(start ?? time, time)
      latest = max(latest ?? time, time)
    }
    for interaction in graph.interactions { see(interaction.time) }
    for link in graph.links { if let time = link.time { see(time) } }
    let end = latest ?? 0
    // Each export ends when it was downloaded: a WhatsApp chat exported last year is not
    // dormant because an Instagram download is from today (DESIGN §3).
    var threadEnd = [Int64](repeating: .min, count: graph.threads.count)
    for interaction in graph.interactions {
      let thread = Int(interaction.thread)
      if interaction.time > threadEnd[thread] { threadEnd[thread] = interaction.time }
    }
    var endOf: [Platform: Int64] = [:]
    for (thread, time) in zip(graph.threads, threadEnd) where time > .min {
      endOf[thread.platform] = max(endOf[thread.platform] ?? .min, time)
    }
    for link in graph.links {
      if let time = link.time { endOf[link.platform] = max(endOf[link.platform] ?? .min, time) }
    }

    // Which person each one-to-one thread is with; groups each person is in.
    var partnerOfThread = [Int?](repeating: nil, count: graph.threads.count)
    for (index, thread) in graph.threads.enumerated() {
      let members = Set(thread.participants.map { personOf[$0] }).subtracting(
        ownerIndex.map { [$0] } ?? [])
      if thread.isGroup {
        for member in members { metrics[member].sharedGroups += 1 }
      } else if members.count == 1, ownerIndex != nil {
        partnerOfThread[index] = members.first
      }
    }

    var events = [[DirectEvent]](repeating: [], count: metrics.count)
    var contactTimes = [[Int64]](repeating: [], count: metrics.count)
    for (order, interaction) in graph.interactions.enumerated() {
      let sender = personOf[Int(interaction.sender)]
      let fromOwner = sender == ownerIndex
      if let partner = partnerOfThread[Int(interaction.thread)] {
        guard fromOwner || sender == partner else { continue }
        if graph.threads[Int(interaction.thread)].onlyOwnerMessages {
          // Their replies are not in the export: contact, but no evidence of balance.
          if interaction.kind == .message { metrics[partner].ownerOnlyMessages += 1 }
          contactTimes[partner].append(interaction.time)
          continue
        }
        events[partner].append(
          DirectEvent(
            time: interaction.time, order: Int32(truncatingIfNeeded: order),
            length: interaction.length, fromOwner: fromOwner, kind: interaction.kind,
            outcome: interaction.callOutcome))
      } else if !fromOwner {
        if interaction.kind == .message {
          if graph.threads[Int(interaction.thread)].isGroup {
            metrics[sender].groupMessages += 1
          } else {
            metrics[sender].unattributedMessages += 1
          }
        }
        contactTimes[sender].append(interaction.time)
      }
    }

    linkFacts(graph, personOf: personOf, into: &metrics)

    let conversations = ConversationAnalyzer(settings: settings)
    let timeline = ContactTimeline(settings: settings, end: end)
    let strength = StrengthModel(settings: settings, end: end)
    let classifier = TieClassifier(settings: settings)
    var monthlyOf = [[MonthlySeries.Row]](repeating: [], count: metrics.count)
    for index in metrics.indices where index != ownerIndex {
      var person = metrics[index]
      person.platforms = Set(person.person.identities.map { graph.identities[$0].key.platform })
        .sorted()
      let dyad = events[index].sorted()
      count(dyad, into: &person)
      monthlyOf[index] = MonthlySeries.rows(
        personID: person.person.id, events: dyad, conversationGap: settings.conversationGap)
      let starts = conversations.analyze(dyad, into: &person)
      // Contact: the direct events, and their group messages.
      var contacts = contactTimes[index]
      contacts.append(contentsOf: dyad.lazy.map(\.time))
      contacts.sort()
      person.firstContact = contacts.first
      person.lastContact = contacts.last
      person.layer = timeline.layer(directContacts: starts, into: &person)
      person.status = timeline.status(contactDays: Self.days(contacts), last: contacts.last)
      // Less contact wears friendships down, not kinship (SCIENCE.md §5, Roberts & Dunbar 2015).
      if person.person.isKin, person.status == .fading { person.status = .active }
      classifier.classify(&person)
      person.strength = strength.strength(of: person)
      metrics[index] = person
    }

    var kept: [Int] = []
    var withoutEvidence = 0
    var excluded = 0
    for index in metrics.indices where index != ownerIndex {
      let person = metrics[index]
      if person.person.isExcluded {
        excluded += 1
      } else if person.firstContact == nil && person.linkSummary.isEmpty && person.sharedGroups == 0
        && !person.hasDirectExchange
      {
        withoutEvidence += 1
      } else {
        kept.append(index)
      }
    }
    kept.sort { lhs, rhs in
      let (a, b) = (metrics[lhs], metrics[rhs])
      if a.strength != b.strength { return a.strength > b.strength }
      if a.category != b.category { return a.category > b.category }
      if a.person.name != b.person.name { return a.person.name < b.person.name }
      return a.person.id < b.person.id
    }
    var position = [Int?](repeating: nil, count: metrics.count)
    for (offset, index) in kept.enumerated() { position[index] = offset }
    let duplicates = resolution.possibleDuplicates.compactMap { pair -> (Int, Int, String)? in
      guard let first = position[pair.first], let second = position[pair.second] else { return nil }
      return (min(first, second), max(first, second), pair.reason)
    }
    // Public replies and mentions are posts, not messages or calls.
    var messaging: Set<Platform> = []
    for interaction in graph.interactions where interaction.kind != .publicMention {
      messaging.insert(graph.threads[Int(interaction.thread)].platform)
    }
    var ownerPlatforms: Set<Platform> = []
    for thread in graph.threads
    where thread.participants.contains(where: { personOf[$0] == ownerIndex }) {
      ownerPlatforms.insert(thread.platform)
    }
    for interaction in graph.interactions where personOf[Int(interaction.sender)] == ownerIndex {
      ownerPlatforms.insert(graph.threads[Int(interaction.thread)].platform)
    }
    return Analysis(
      graph: graph, settings: settings, owner: ownerIndex.map { resolution.people[$0] },
      people: kept.map { metrics[$0] }, personOfIdentity: personOf.map { position[$0] },
      possibleDuplicates: duplicates.sorted { ($0.0, $0.1) < ($1.0, $1.1) },
      peopleWithoutEvidence: withoutEvidence, excludedPeople: excluded, start: start, end: latest,
      messagingPlatforms: messaging.sorted(),
      ownerMissingOn: messaging.subtracting(ownerIndex == nil ? [] : ownerPlatforms).sorted(),
      monthly: MonthlySeries(
        rows: kept.flatMap { monthlyOf[$0] }.sorted {
          ($0.personID, $0.month, $0.direction) < ($1.personID, $1.month, $1.direction)
        }))
  }

  private func count(_ events: [DirectEvent], into person: inout PersonMetrics) {
    for event in events {
      switch event.kind {
      case .message:
        if event.fromOwner {
          person.messagesSent += 1
          person.charactersSent += Int(event.length)
        } else {
          person.messagesReceived += 1
          person.charactersReceived += Int(event.length)
        }
      case .reaction:
        if event.fromOwner { person.reactionsSent += 1 } else { person.reactionsReceived += 1 }
      case .publicMention:
        if event.fromOwner {
          person.publicMentionsSent += 1
        } else {
          person.publicMentionsReceived += 1
        }
      case .call:
        if event.fromOwner { person.callsPlaced += 1 } else { person.callsReceived += 1 }
        if event.outcome == .missed { person.callsMissed += 1 }
        person.callSeconds += Int64(event.length)
      }
    }
  }

  private func linkFacts(
    _ graph: InteractionGraph, personOf: [Int], into metrics: inout [PersonMetrics]
  ) {
    var summaries = [Set<String>](repeating: [], count: metrics.count)
    for link in graph.links {
      let person = personOf[link.identity]
      summaries[person].insert(
        "\(link.platform.rawValue):\(link.kind.rawValue):\(link.direction.rawValue)")
      guard link.kind.isAffiliative else { continue }
      if link.direction != .outgoing, !metrics[person].followsYou.contains(link.platform) {
        metrics[person].followsYou.append(link.platform)
      }
      if link.direction != .incoming, !metrics[person].youFollow.contains(link.platform) {
        metrics[person].youFollow.append(link.platform)
      }
    }
    for index in metrics.indices {
      metrics[index].linkSummary = summaries[index].sorted()
      metrics[index].followsYou.sort()
      metrics[index].youFollow.sort()
    }
  }

  /// Distinct days, as the midnight (UTC) that starts each.
  static func days(_ times: [Int64]) -> [Int64] {
    var result: [Int64] = []
    for time in times {
      let day = time - ((time % 86_400) + 86_400) % 86_400
      if result.last != day { result.append(day) }
    }
    return result
  }
}
