package dev.six.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times whole processes with GNU time: wall seconds and peak resident memory, median of several
 * runs, output discarded. Used for Nix and for cold runs of six.
 */
final class ProcessTimer {
  /** Median wall time and the largest peak RSS over the runs. */
  record Result(double medianSeconds, long peakKilobytes) {}

  private ProcessTimer() {}

  static Result measure(List<String> command, int runs) throws Exception {
    double[] times = new double[runs];
    long peak = 0;
    for (int i = 0; i < runs; i++) {
      Path report = Files.createTempFile("six-bench-time", ".txt");
      List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", report.toString()));
      timed.addAll(command);
      ProcessBuilder builder = new ProcessBuilder(timed);
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      builder.redirectError(ProcessBuilder.Redirect.INHERIT);
      builder.environment().put("NIX_REMOTE", "dummy://");
      int status = builder.start().waitFor();
      if (status != 0) {
        throw new IllegalStateException("failed (" + status + "): " + String.join(" ", command));
      }
      String[] fields = Files.readString(report, StandardCharsets.UTF_8).trim().split("\\s+");
      Files.deleteIfExists(report);
      times[i] = Double.parseDouble(fields[fields.length - 2]);
      peak = Math.max(peak, Long.parseLong(fields[fields.length - 1]));
    }
    Arrays.sort(times);
    return new Result(times[runs / 2], peak);
  }

  static boolean available() {
    return new File("/usr/bin/time").canExecute();
  }
}
