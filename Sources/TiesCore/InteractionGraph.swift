/// Everything read from one file, or from a whole run after merging: identities, links,
/// threads, interactions, the files they came from and the problems met.
///
/// Importers fill one graph per file; `merge(_:)` folds them together in a fixed order so
/// that the merged graph does not depend on which file finished first.
public struct InteractionGraph: Sendable {
  public private(set) var identities: [Identity] = []
  private var identityIndex: [IdentityKey: Int] = [:]
  public var links: [Link] = []
  public private(set) var threads: [ChatThread] = []
  private var threadIndex: [ThreadKey: Int] = [:]
  /// The interactions held in memory, after those spilled (`forEachInteraction` reads both).
  public var interactions: [Interaction] = []
  /// The interactions moved to a scratch file, which come before `interactions`.
  public internal(set) var spilled = InteractionSpill()
  /// How many interactions stay in memory before they go to a scratch file; nil keeps them
  /// all in memory. Runs set it, so that memory does not grow with the export.
  public var spillAfter: Int?
  public var files: [SourceFile] = []
  public var diagnostics: [Diagnostic] = []
  /// Identities the export itself says are the owner (a profile file, `--me`, inference).
  public var ownerIdentities: Set<Int> = []
  /// Display names the export gives for the owner (a profile's full name).
  public var ownerNames: Set<String> = []
  /// Pairs of identities the export itself shows to be one person (an Instagram thread
  /// folder named after a username); the resolver merges them before anything else.
  public var sameAs: [SameAs] = []
  /// The time range an export says it covers, when it is a date-limited download.
  public var coverage: [Platform: ClosedRange<Int64>] = [:]
  /// Layout eras recognized per platform, for the report's coverage section.
  public var layouts: [Platform: Set<String>] = [:]
  /// Which region national phone numbers were read in, and why (or why none), for the report.
  public var phoneRegionNote: String?
  /// When a source says it was made (an SMS backup's date), per platform: its own end.
  public var declaredEnds: [Platform: Int64] = [:]

  private struct ThreadKey: Hashable {
    var platform: Platform
    var key: String
  }

  public init() {}

  /// The index of the identity with this key, created if new; the name is remembered.
  @discardableResult
  public mutating func identity(_ key: IdentityKey, name: String? = nil, placeholder: Bool = false)
    -> Int
  {
    if let existing = identityIndex[key] {
      if let name { identities[existing].addDisplayName(name) }
      return existing
    }
    var identity = Identity(key: key, isPlaceholder: placeholder)
    if let name { identity.addDisplayName(name) }
    identities.append(identity)
    identityIndex[key] = identities.count - 1
    return identities.count - 1
  }

  /// The index of an existing identity, if any.
  public func identityIndex(of key: IdentityKey) -> Int? { identityIndex[key] }

  /// Adds a display name to an identity that already exists.
  public mutating func addDisplayName(_ name: String, to identity: Int) {
    identities[identity].addDisplayName(name)
  }

  /// The index of the thread with this platform and key, created if new; a known thread
  /// gains the new participants.
  @discardableResult
  public mutating func thread(_ thread: ChatThread) -> Int {
    let key = ThreadKey(platform: thread.platform, key: thread.key)
    if let existing = threadIndex[key] {
      for participant in thread.participants
      where !threads[existing].participants.contains(participant) {
        threads[existing].participants.append(participant)
      }
      threads[existing].isGroup = threads[existing].isGroup || thread.isGroup
      threads[existing].onlyOwnerMessages =
        threads[existing].onlyOwnerMessages || thread.onlyOwnerMessages
      if threads[existing].title.isEmpty { threads[existing].title = thread.title }
      if threads[existing].namedAfter == nil { threads[existing].namedAfter = thread.namedAfter }
      return existing
    }
    threads.append(thread)
    threadIndex[key] = threads.count - 1
    return threads.count - 1
  }

  /// Replaces what is known of a thread's membership and kind.
  public mutating func updateThread(_ index: Int, isGroup: Bool, participants: [Int]) {
    threads[index].isGroup = isGroup
    threads[index].participants = participants
  }

  /// Changes whom a thread is named after.
  public mutating func setNamedAfter(_ index: Int, _ identity: Int?) {
    threads[index].namedAfter = identity
  }

  /// Registers a file and returns its index.
  @discardableResult
  public mutating func addFile(_ file: SourceFile) -> Int {
    files.append(file)
    return files.count - 1
  }

  /// Records the range a date-limited export covers; ranges of several files join.
  public mutating func addCoverage(_ range: ClosedRange<Int64>, for platform: Platform) {
    if let known = coverage[platform] {
      coverage[platform] =
        min(known.lowerBound, range.lowerBound)...max(known.upperBound, range.upperBound)
    } else {
      coverage[platform] = range
    }
  }

  /// Records the moment a source says it was made; the latest of several wins.
  public mutating func addDeclaredEnd(_ time: Int64, for platform: Platform) {
    declaredEnds[platform] = max(declaredEnds[platform] ?? time, time)
  }

  /// Records a layout era seen for a platform.
  public mutating func addLayout(_ era: String, for platform: Platform) {
    layouts[platform, default: []].insert(era)
  }

  /// Gives identities (and threads named by them) new keys; identities whose new keys meet
  /// become one, as do threads, with everything that pointed at either. Returns how many
  /// identity keys changed.
  @discardableResult
  public mutating func rekeyIdentities(
    _ newKey: (IdentityKey) -> IdentityKey?, threadKey: (ChatThread) -> String? = { _ in nil }
  ) -> Int {
    let renamed = identities.map { identity in
      newKey(identity.key).flatMap { $0 == identity.key ? nil : $0 }
    }
    let changed = renamed.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
    guard changed > 0 else { return 0 }
    // Renamed in place, then folded into a new graph: a second copy of the threads while
    // the new one is built, never a third; spilled interactions are renumbered on read.
    for index in threads.indices {
      if let key = threadKey(threads[index]) { threads[index].key = key }
    }
    for (index, key) in renamed.enumerated() {
      if let key { identities[index].key = key }
    }
    let source = self
    self = InteractionGraph()
    spillAfter = source.spillAfter
    merge(source)
    return changed
  }

  /// Folds another graph into this one, renumbering its identities, threads and files.
  public mutating func merge(_ other: consuming InteractionGraph) {
    // The other graph's indices are not needed here: freed first, so that both graphs'
    // indices are never held at once.
    other.identityIndex = [:]
    other.threadIndex = [:]
    if phoneRegionNote == nil { phoneRegionNote = other.phoneRegionNote }
    let fileOffset = files.count
    files.append(contentsOf: other.files)
    diagnostics.append(contentsOf: other.diagnostics)
    ownerNames.formUnion(other.ownerNames)
    for (platform, eras) in other.layouts { layouts[platform, default: []].formUnion(eras) }
    for (platform, range) in other.coverage { addCoverage(range, for: platform) }
    for (platform, time) in other.declaredEnds { addDeclaredEnd(time, for: platform) }

    if threads.isEmpty {
      // A whole graph folded into an empty one (re-keying): no growth by doubling.
      threads.reserveCapacity(other.threads.count)
      threadIndex.reserveCapacity(other.threads.count)
      identities.reserveCapacity(other.identities.count)
    }
    var identityMap = [Int](repeating: 0, count: other.identities.count)
    for (index, identity) in other.identities.enumerated() {
      let mine = self.identity(identity.key, placeholder: identity.isPlaceholder)
      for name in identity.displayNames { identities[mine].addDisplayName(name) }
      identityMap[index] = mine
    }
    for owner in other.ownerIdentities { ownerIdentities.insert(identityMap[owner]) }
    for pair in other.sameAs {
      sameAs.append(SameAs(identityMap[pair.first], identityMap[pair.second]))
    }

    var threadMap = [Int32](repeating: 0, count: other.threads.count)
    for (index, thread) in other.threads.enumerated() {
      var copy = thread
      copy.participants = thread.participants.map { identityMap[$0] }
      copy.namedAfter = thread.namedAfter.map { identityMap[$0] }
      copy.source.file += fileOffset
      threadMap[index] = Int32(self.thread(copy))
    }
    for link in other.links {
      var copy = link
      copy.identity = identityMap[link.identity]
      copy.source.file += fileOffset
      links.append(copy)
    }
    let senderMap = identityMap.map { Int32($0) }
    if other.spilled.count > 0 {
      // Spilled records are taken over with their renumbering, not copied; what this graph
      // holds in memory goes first, to keep the order.
      if spillAfter != nil { spillInteractions() }
      if interactions.isEmpty {
        spilled.append(other.spilled, senders: senderMap, threads: threadMap)
      } else {
        other.spilled.forEachChunk { appendMapped($0, senders: senderMap, threads: threadMap) }
      }
    }
    other.interactions.withUnsafeBufferPointer {
      appendMapped($0, senders: senderMap, threads: threadMap)
    }
  }

  private mutating func appendMapped(
    _ chunk: UnsafeBufferPointer<Interaction>, senders: [Int32], threads: [Int32]
  ) {
    for interaction in chunk {
      var copy = interaction
      copy.thread = threads[Int(interaction.thread)]
      copy.sender = senders[Int(interaction.sender)]
      interactions.append(copy)
    }
    spillIfFull()
  }
}

/// Two identities of one person, by structural evidence rather than by name.
public struct SameAs: Sendable, Hashable {
  public var first: Int
  public var second: Int

  public init(_ first: Int, _ second: Int) {
    self.first = first
    self.second = second
  }
}
