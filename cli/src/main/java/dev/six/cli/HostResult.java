package dev.six.cli;

/**
 * What building one host gave, for the summary: counts of user services by type (the compiler's
 * own two longruns not counted), warnings, the result path and the firmware, or a failure.
 */
record HostResult(String host, boolean failed, int longruns, int oneshots, int bundles, int warnings, String path,
    String firmware) {

  static HostResult failure(String host) {
    return new HostResult(host, true, 0, 0, 0, 0, null, null);
  }
}
