package dev.six.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the differential tests against nix-instantiate share: their lists of known divergences and
 * how they read an error.
 */
final class DifferentialCases {
  private DifferentialCases() {}

  /** Case name to reason, from lines {@code NAME  REASON}; {@code #} starts a comment. */
  static Map<String, String> divergences(Path file) throws IOException {
    Map<String, String> result = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\s+", 2);
      result.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    return result;
  }

  /** The "error: ..." line; warnings and traces may come before it. */
  static String errorLine(String stderr) {
    for (String line : stderr.split("\n")) {
      if (line.startsWith("error:")) {
        return line;
      }
    }
    return stderr;
  }
}
