import Foundation
import Testing
import TiesTestSupport

@testable import TiesImport

/// Writes small stored zips by hand, ZIP64 included, so that the reader is checked against
/// the format and not only against one zip tool.
private enum ZipWriter {
  static func le(_ value: UInt64, _ bytes: Int) -> [UInt8] {
    (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
  }

  static func archive(_ members: [(String, [UInt8])], zip64: Bool = false) -> [UInt8] {
    var out: [UInt8] = []
    var directory: [UInt8] = []
    for (name, data) in members {
      let offset = UInt64(out.count)
      let crc = UInt64(CRC32.of(data))
      let size = UInt64(data.count)
      let small: (UInt64) -> UInt64 = { zip64 ? 0xFFFF_FFFF : $0 }
      let extra = zip64 ? le(1, 2) + le(24, 2) + le(size, 8) + le(size, 8) + le(offset, 8) : []
      out += le(0x0403_4B50, 4) + le(45, 2) + le(0x800, 2) + le(0, 2) + le(0, 4) + le(crc, 4)
      out += le(small(size), 4) + le(small(size), 4) + le(UInt64(name.utf8.count), 2)
      out += le(UInt64(extra.count), 2) + Array(name.utf8) + extra + data
      directory += le(0x0201_4B50, 4) + le(45, 2) + le(45, 2) + le(0x800, 2) + le(0, 2) + le(0, 4)
      directory += le(crc, 4) + le(small(size), 4) + le(small(size), 4)
      directory += le(UInt64(name.utf8.count), 2) + le(UInt64(extra.count), 2) + le(0, 2)
      directory += le(0, 2) + le(0, 2) + le(0, 4) + le(small(offset), 4) + Array(name.utf8) + extra
    }
    let start = UInt64(out.count)
    out += directory
    let count = UInt64(members.count)
    if zip64 {
      let record = UInt64(out.count)
      out += le(0x0606_4B50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4)
      out += le(count, 8) + le(count, 8) + le(UInt64(directory.count), 8) + le(start, 8)
      out += le(0x0706_4B50, 4) + le(0, 4) + le(record, 8) + le(1, 4)
      out += le(0x0605_4B50, 4) + le(0, 4) + le(0xFFFF, 2) + le(0xFFFF, 2)
      out += le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4) + le(0, 2)
    } else {
      out += le(0x0605_4B50, 4) + le(0, 4) + le(count, 2) + le(count, 2)
      out += le(UInt64(directory.count), 4) + le(start, 4) + le(0, 2)
    }
    return out
  }
}

private enum CRC32 {
  static func of(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}

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
