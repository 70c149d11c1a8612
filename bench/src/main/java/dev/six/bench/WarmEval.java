package dev.six.bench;

import dev.six.eval.io.DiskIO;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.runtime.ParsedFiles;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Warm evaluation of one workload in a JVM of its own, as JMH forks one per benchmark: what the
 * JIT compiled for one workload shapes how it compiles another (measured: misc.nix warm 0.27–0.32 s
 * after the fixpoint workload in the same JVM, 0.19–0.20 s alone).
 *
 * <p>Usage: {@code WarmEval FILE RUNS shared|parsed}; prints the median seconds of RUNS evaluations
 * after as many warm-up ones, each a fresh {@link Evaluator} that takes parsed files from one
 * {@link ParsedFiles} shared between evaluations (as the language server does) or parses every file.
 */
public final class WarmEval {
  /** The JVM the warm runs get: a young generation in which an evaluation's garbage dies. */
  private static final List<String> JVM_OPTIONS = List.of("-Xss512m", "-Xmx4g", "-XX:+UseSerialGC", "-Xmn1g");

  private WarmEval() {}

  public static void main(String[] args) throws Exception {
    String file = args[0];
    int runs = Integer.parseInt(args[1]);
    ParsedFiles shared = args[2].equals("shared") ? new ParsedFiles() : null;
    PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
    EvalSettings settings = EvalSettings.defaults().withEnvironment(System.getenv());
    double seconds = Stopwatch.measure(runs, runs, () -> {
      Evaluator evaluator = shared == null ? new Evaluator(settings, new DiskIO(), silent)
          : new Evaluator(settings, new DiskIO(), silent, shared);
      Value v = evaluator.evalFile(file);
      return evaluator.run(() -> DeepForce.force(evaluator.state(), v));
    }).medianMillis() / 1000;
    System.out.println(seconds);
  }

  /**
   * The median of what {@link #main} reports for {@code file} in {@code forks} new JVMs, one after
   * another: where the JIT ends up differs from one JVM to the next (misc.nix: medians of 0.19 s
   * in one, 0.30 s in the next, on the same build), as JMH forks several for that reason.
   */
  static double inNewJvms(String file, int runs, boolean shared, int forks) throws IOException, InterruptedException {
    double[] medians = new double[forks];
    for (int i = 0; i < forks; i++) {
      medians[i] = inNewJvm(file, runs, shared);
    }
    java.util.Arrays.sort(medians);
    return medians[forks / 2];
  }

  /** The median seconds {@link #main} reports for {@code file}, measured in a new JVM. */
  private static double inNewJvm(String file, int runs, boolean shared) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), WarmEval.class.getName(), file,
        Integer.toString(runs), shared ? "shared" : "parsed"));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    int status = process.waitFor();
    if (status != 0) {
      throw new IllegalStateException("warm runs of " + file + " exited with " + status + ": " + out);
    }
    return Double.parseDouble(out);
  }
}
