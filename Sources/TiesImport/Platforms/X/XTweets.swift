import TiesCore

/// The owner's tweets (`tweets.js`, `tweet.js`, `tweets-partN.js`, Grailbird's monthly
/// `data/js/tweets/YYYY_MM.js`): replies and mentions become public interactions, and every
/// mention pairs an account id with its handle and name, the only place an archive names
/// the ids of `follower.js` and `following.js`.
enum XTweets {
  private struct Mention {
    var id: String?
    var handle: String?
    var name: String?
  }

  private struct Tweet {
    var createdAt: String?
    var replyID: String?
    var replyHandle: String?
    var mentions: [Mention] = []
    var isRetweet = false
  }

  static func read(_ entry: ExportEntry, into sink: inout FileSink) {
    let fileIndex = sink.file
    var seen: Set<SameAs> = []
    let found = XArchiveFile.owner(near: entry)
    let owner = author(entry, found: found, seen: &seen, into: &sink)
    sink.owner(owner)
    var index = 0
    var unreadable = 0
    XArchiveFile.scan(entry, into: &sink) { scanner, sink, release in
      scanner.forEachElement { scanner in
        var tweet = Tweet()
        readTweet(&scanner, into: &tweet)
        defer {
          index += 1
          release(scanner.position)
        }
        // A tweet cut off by the file's end is the one record a broken file costs.
        guard !scanner.failed else { return }
        var targets: [Int] = []
        func add(_ mention: Mention) {
          let id = mention.id.flatMap { $0 == "-1" || $0 == "0" ? nil : $0 }
          guard id == nil || id != found?.id,
            let person = XAccounts.person(
              id: id, handle: mention.handle, name: mention.name, into: &sink, seen: &seen),
            person != owner, !sink.isOwner(person)
          else { return }
          if !targets.contains(person) { targets.append(person) }
        }
        if tweet.replyID != nil || tweet.replyHandle != nil {
          add(Mention(id: tweet.replyID, handle: tweet.replyHandle))
        }
        for mention in tweet.mentions { add(mention) }
        // A retweet names its author, but retweeting is not addressing them.
        guard !tweet.isRetweet else { return }
        guard let time = tweet.createdAt.flatMap(XArchiveFile.seconds) else {
          unreadable += 1
          return
        }
        sink.add(records: 1)
        for target in targets {
          let identity = sink.identity(at: target)
          let thread = sink.thread(
            ChatThread(
              platform: .x, key: "public/" + identity.key.value, title: identity.bestName,
              isGroup: false, participants: [owner, target],
              source: SourceRef(file: fileIndex, position: Int32(clamping: index))))
          sink.append(
            Interaction(
              time: time, thread: Int32(thread), sender: Int32(owner), kind: .publicMention,
              length: 0, position: Int32(clamping: index)))
        }
      }
    }
    if unreadable > 0 {
      sink.append(
        Diagnostic(
          path: entry.displayPath,
          message: "\(unreadable) tweet(s) without a readable created_at were skipped"))
    }
  }

  /// The tweets' author: the account of `account.js` beside them, else a stand-in that
  /// joins the owner person.
  private static func author(
    _ entry: ExportEntry, found: (id: String, handle: String?, name: String?)?,
    seen: inout Set<SameAs>, into sink: inout FileSink
  ) -> Int {
    if let found,
      let identity = XAccounts.person(
        id: found.id, handle: found.handle, name: found.name, into: &sink, seen: &seen)
    {
      sink.ownerWithAliases(identity)
      return identity
    }
    if entry.archive == nil {  // inside a zip, account.js is read as its own entry
      sink.append(
        Diagnostic(
          path: entry.displayPath,
          message: "no account.js beside the tweets: their author is taken to be the owner"))
    }
    return sink.identity(
      IdentityKey(platform: .x, kind: .name, value: "archive owner"), placeholder: true)
  }

  /// One tweet object; `{"tweet": {…}}` wrappers are opened.
  private static func readTweet(_ scanner: inout JSONScanner, into tweet: inout Tweet) {
    scanner.forEachMember { scanner, key in
      if JSONScanner.key(key, is: "tweet") {
        readTweet(&scanner, into: &tweet)
      } else if JSONScanner.key(key, is: "created_at") {
        tweet.createdAt = scanner.string()
      } else if JSONScanner.key(key, is: "in_reply_to_user_id_str") {
        tweet.replyID = scanner.string() ?? tweet.replyID
      } else if JSONScanner.key(key, is: "in_reply_to_user_id") {
        // Grailbird writes the id as a number too; the _str form wins when both are there.
        let id = XArchiveFile.id(&scanner)
        if tweet.replyID == nil { tweet.replyID = id }
      } else if JSONScanner.key(key, is: "in_reply_to_screen_name") {
        tweet.replyHandle = scanner.string()
      } else if JSONScanner.key(key, is: "retweeted_status") {
        tweet.isRetweet = true
        scanner.skipValue()
      } else if JSONScanner.key(key, is: "full_text") || JSONScanner.key(key, is: "text") {
        guard scanner.peek() == 0x22 else { return scanner.skipValue() }
        if let raw = scanner.rawString(), raw.starts(with: Array("RT @".utf8)) {
          tweet.isRetweet = true
        }
      } else if JSONScanner.key(key, is: "entities") {
        scanner.forEachMember { scanner, key in
          guard JSONScanner.key(key, is: "user_mentions") else { return scanner.skipValue() }
          scanner.forEachElement { scanner in
            var mention = Mention()
            scanner.forEachMember { scanner, key in
              if JSONScanner.key(key, is: "id_str") {
                mention.id = scanner.string()
              } else if JSONScanner.key(key, is: "screen_name") {
                mention.handle = scanner.string()
              } else if JSONScanner.key(key, is: "name") {
                mention.name = scanner.string()
              } else {
                scanner.skipValue()
              }
            }
            tweet.mentions.append(mention)
          }
        }
      } else {
        scanner.skipValue()
      }
    }
  }
}
