/// Turns the paths of a run into paths relative to the input they came from, written
/// `#N/path inside the input` (N counts the inputs from 1 in command-line order). The same
/// export in another folder then gives the same bytes, and no output says where the user
/// keeps their files.
public struct InputPaths: Sendable, Hashable {
  let roots: [String]

  /// `inputs`: the export folders and files as given on the command line.
  public init(_ inputs: [String]) {
    roots = inputs.map { input in
      var root = input
      while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
      return root
    }
  }

  public func relative(_ path: String) -> String {
    var best: (index: Int, length: Int, rest: String)?
    for (index, root) in roots.enumerated() where root.count > (best?.length ?? -1) {
      if path == root {
        let name = root.split(separator: "/").last.map(String.init) ?? root
        best = (index, root.count, name)
      } else if path.hasPrefix(root == "/" ? "/" : root + "/") {
        var rest = Substring(path.dropFirst(root.count))
        while rest.hasPrefix("/") { rest = rest.dropFirst() }
        best = (index, root.count, String(rest))
      }
    }
    guard let best else { return path }
    return "#\(best.index + 1)/" + best.rest
  }
}
