package dev.six.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The table {@code six build} ends with: per host, its services by type, warnings, and where it went. */
final class BuildSummary {
  private final PrintStream out;
  private final List<HostResult> results = new ArrayList<>();

  BuildSummary(PrintStream out) {
    this.out = out;
  }

  void add(HostResult result) {
    results.add(result);
  }

  boolean failed() {
    return results.stream().anyMatch(r -> r.failed());
  }

  void print() {
    int width = results.stream().mapToInt(r -> r.host().length()).max().orElse(4);
    for (HostResult r : results) {
      String name = r.host() + " ".repeat(width - r.host().length());
      if (r.failed()) {
        out.printf("%s  FAILED%n", name);
        continue;
      }
      out.printf("%s  %d services: %d longruns, %d oneshots, %d bundles; %d warning%s; %s%s%n", name,
          r.longruns() + r.oneshots() + r.bundles(), r.longruns(), r.oneshots(), r.bundles(), r.warnings(),
          r.warnings() == 1 ? "" : "s", r.path(), r.firmware() == null ? "" : "; firmware " + r.firmware());
    }
  }
}
