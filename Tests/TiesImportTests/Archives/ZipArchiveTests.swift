import Foundation
import Testing
import TiesTestSupport

@testable import TiesImport

struct ZipArchiveTests {
  private func contents(_ archive: ZipArchive, _ name: String, chunk: Int = 1 << 16) throws
    -> [UInt8]
  {
    let member = try #require(archive.members.first { $0.name == name })
    let stream = try archive.open(member)
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let count = try buffer.withUnsafeMutableBytes { try stream.read(into: $0) }
      if count == 0 { return result }
      result += buffer[0..<count]
    }
  }

  @Test(arguments: [false, true])
  func readsStoredMembersWithAndWithoutZIP64(_ zip64: Bool) throws {
    let text = Array("a,b\n1,2\n".utf8)
    let archive = try ZipArchive(
      bytes: ZipWriter.archive([("dir/one.csv", text), ("two.txt", [])], zip64: zip64))
    #expect(archive.members.map(\.name) == ["dir/one.csv", "two.txt"])
    #expect(archive.members.allSatisfy { $0.problem == nil })
    #expect(try contents(archive, "dir/one.csv") == text)
    #expect(try contents(archive, "two.txt") == [])
  }

  /// Deflated members read the same through every buffer size, down to one byte.
  @Test func everyBufferSizeGivesTheSameBytes() throws {
    let path = FixturePaths.exports("zip-instagram-parts/instagram-olive-2025-part1.zip")
    let archive = try ZipArchive(path: path)
    let name = "connections/followers_and_following/following.json"
    let whole = try contents(archive, name)
    #expect(whole.count > 300)
    for chunk in [1, 2, 3, 7, 64, 4096, 1 << 20] {
      #expect(try contents(archive, name, chunk: chunk) == whole, "chunk \(chunk)")
    }
    let unpacked = try Data(
      contentsOf: URL(fileURLWithPath: FixturePaths.exports("instagram-2025/" + name)))
    #expect(whole == [UInt8](unpacked))
  }

  @Test func aMemberLongerThanItClaimsIsStopped() throws {
    var bytes = ZipWriter.archive([("a.txt", Array("hello world".utf8))])
    // Shrink the declared size in the central directory: the data now runs past it.
    let directory = try #require(
      bytes.indices.first { bytes[$0...].starts(with: [0x50, 0x4B, 1, 2]) })
    bytes[directory + 24] = 5
    let archive = try ZipArchive(bytes: bytes)
    #expect(throws: ByteStreamError.self) { try contents(archive, "a.txt") }
  }

  @Test(
    arguments: [
      ("../x", nil), ("/etc/passwd", nil), ("C:\\\\x", nil), ("a/../../b", nil), ("a\0b", nil),
      ("./a//b", "a/b"), ("a\\\\b.txt", "a/b.txt"), ("ok/file.json", "ok/file.json"),
    ] as [(String, String?)])
  func namesThatClimbOutAreRefused(_ raw: String, _ safe: String?) {
    #expect(ZipMember.safeName(raw) == safe)
  }

  @Test(arguments: [
    ("instagram-olive-2025-part1.zip", "instagram-olive-2025"),
    ("facebook_part_3.zip", "facebook"), ("Takeout part 2.ZIP", "Takeout"),
    ("export (2).zip", "export"), ("WhatsApp Chat - Anna.zip", "WhatsApp Chat - Anna"),
    ("backup-2024.zip", "backup-2024"), ("part1.zip", "part1"),
  ])
  func partsOfADownloadShareAFolderName(_ file: String, _ folder: String) {
    #expect(ArchiveExpander.folderName(file) == folder)
  }

  @Test func garbageIsNotAnArchive() {
    #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes: Array("PK no".utf8)) }
    #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes: []) }
  }
}
