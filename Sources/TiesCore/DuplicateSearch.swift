/// The search for people who may be one (`PossibleDuplicateFinder`) over a resolution's
/// people, ready to run on any thread.
public struct DuplicateSearch: Sendable {
  var finder: PossibleDuplicateFinder
  let people: [Person]

  public func find() -> [PossibleDuplicate] {
    var finder = finder
    return finder.find(in: people)
  }
}
