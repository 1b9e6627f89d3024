extension Array where Element: Comparable {
  /// In an ascending array, the index of the first element not below `lowest` (`count`
  /// when there is none), by binary search.
  func firstIndex(notBelow lowest: Element) -> Int {
    var (low, high) = (0, count)
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < lowest { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
