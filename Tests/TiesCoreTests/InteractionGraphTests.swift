import Testing

@testable import TiesCore

struct InteractionGraphTests {
  @Test func mergeRenumbersIdentitiesThreadsAndFiles() {
    var first = InteractionGraph()
    let file = first.addFile(SourceFile(path: "a.txt", platform: .whatsapp, role: "chat"))
    let ann = first.identity(
      IdentityKey(platform: .whatsapp, kind: .name, value: "Ann"), name: "Ann")
    let thread = first.thread(
      ChatThread(
        platform: .whatsapp, key: "a", title: "A", isGroup: false, participants: [ann],
        source: SourceRef(file: file)))
    first.interactions.append(
      Interaction(
        time: 10, thread: Int32(thread), sender: Int32(ann), kind: .message, length: 3, position: 1)
    )

    var second = InteractionGraph()
    let secondFile = second.addFile(SourceFile(path: "b.txt", platform: .whatsapp, role: "chat"))
    let bob = second.identity(
      IdentityKey(platform: .whatsapp, kind: .name, value: "Bob"), name: "Bob")
    let ann2 = second.identity(
      IdentityKey(platform: .whatsapp, kind: .name, value: "Ann"), name: "Annie")
    let thread2 = second.thread(
      ChatThread(
        platform: .whatsapp, key: "a", title: "", isGroup: true, participants: [bob, ann2],
        source: SourceRef(file: secondFile)))
    second.interactions.append(
      Interaction(
        time: 20, thread: Int32(thread2), sender: Int32(bob), kind: .message, length: 1, position: 2
      ))
    second.ownerIdentities = [ann2]

    first.merge(second)
    #expect(first.files.map(\.path) == ["a.txt", "b.txt"])
    #expect(first.identities.count == 2)
    #expect(first.identities[ann].displayNames == ["Ann", "Annie"])
    #expect(first.threads.count == 1)
    #expect(first.threads[0].isGroup)
    #expect(Set(first.threads[0].participants) == [0, 1])
    #expect(first.interactions[1].sender == 1)
    #expect(first.interactions[1].thread == 0)
    #expect(first.ownerIdentities == [ann])
  }

  @Test func diagnosticsPrintCompilerStyle() {
    #expect(
      Diagnostic(path: "x/y.txt", line: 3, message: "bad").description == "x/y.txt:3: warning: bad")
    #expect(
      Diagnostic(path: "z.json", offset: 9, message: "cut").description == "z.json:@9: warning: cut"
    )
    #expect(Diagnostic(.error, path: "w", message: "no").description == "w: error: no")
  }
}
