package dev.six.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times whole processes with GNU time: wall seconds and peak resident memory, median of several
 * runs, output discarded. Used for Nix and for cold runs of six. Commands compared with each other
 * are run in turn (one run of each, then the next round), so that a machine whose speed drifts
 * during the benchmark affects them alike, and in a new order each round (shuffled with a fixed
 * seed), so that none always runs right after another.
 */
final class ProcessTimer {
  /** A command line and what it adds to the environment. */
  record Command(List<String> argv, Map<String, String> environment) {}

  /** Median wall time and the largest peak RSS over the runs. */
  record Result(double medianSeconds, long peakKilobytes) {}

  private ProcessTimer() {}

  /** Each command's result, in the order given, from {@code runs} rounds. */
  static List<Result> interleaved(List<Command> commands, int runs) throws Exception {
    double[][] times = new double[commands.size()][runs];
    long[] peaks = new long[commands.size()];
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < commands.size(); c++) {
      order.add(c);
    }
    Random shuffling = new Random(31);
    for (int round = 0; round < runs; round++) {
      Collections.shuffle(order, shuffling);
      for (int c : order) {
        double[] measured = once(commands.get(c));
        times[c][round] = measured[0];
        peaks[c] = Math.max(peaks[c], (long) measured[1]);
      }
    }
    List<Result> results = new ArrayList<>();
    for (int c = 0; c < commands.size(); c++) {
      Arrays.sort(times[c]);
      results.add(new Result(times[c][runs / 2], peaks[c]));
    }
    return results;
  }

  /** Wall seconds and peak kilobytes of one run. */
  private static double[] once(Command command) throws Exception {
    Path report = Files.createTempFile("six-bench-time", ".txt");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", report.toString()));
    timed.addAll(command.argv());
    ProcessBuilder builder = new ProcessBuilder(timed);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("NIX_REMOTE", "dummy://");
    builder.environment().putAll(command.environment());
    int status = builder.start().waitFor();
    if (status != 0) {
      throw new IllegalStateException("failed (" + status + "): " + String.join(" ", command.argv()));
    }
    String[] fields = Files.readString(report, StandardCharsets.UTF_8).trim().split("\\s+");
    Files.deleteIfExists(report);
    return new double[] {Double.parseDouble(fields[fields.length - 2]), Long.parseLong(fields[fields.length - 1])};
  }

  static boolean available() {
    return new File("/usr/bin/time").canExecute();
  }
}
