import Testing

extension FixturePaths {
  /// Runs a test only when `../shared/samples` is beside the checkout; a fresh clone (or
  /// `TIES_SHARED_DIR` naming no folder, as `.ci/run` does once) skips it with the reason.
  public static var needsSharedSamples: ConditionTrait {
    .enabled(
      if: sharedSamples != nil,
      "../shared/samples is absent (fresh clone or TIES_SHARED_DIR): conformance skipped")
  }
}
