/// What the recent window holds for one person: the evidence the current tie is judged on.
public struct WindowCounts: Sendable, Hashable {
  public var turnsYou = 0
  public var turnsThem = 0
  public var charactersYou = 0
  public var charactersThem = 0
  public var startsYou = 0
  public var startsThem = 0
  public var repliesYou = 0
  public var repliesThem = 0
  public var answeredCalls = 0
  public var callSeconds: Int64 = 0
  public var reciprocatedWeeks = 0
  /// Whether the category was judged on the whole history, the window holding too little.
  public var judgedOnHistory = false

  public init() {}
}
