package dev.six.bench;

import dev.six.eval.io.DiskIO;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.ParsedFiles;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluation benchmark: {@code nix-instantiate --eval --strict} against six on the same files,
 * cold (a whole {@code ./six instantiate} process) and warm (in-process, after the JIT has run;
 * parsing every file again, and with parsed files shared between evaluations), with
 * wall time and peak memory. Workloads: six's own fixpoint workload and, when given, nixpkgs lib's
 * {@code tests/misc.nix}.
 *
 * <p>Usage: {@code EvalBench SIX_LAUNCHER [--lib NIXPKGS_LIB_CHECKOUT] [--runs N]}
 */
public final class EvalBench {
  private EvalBench() {}

  public static void main(String[] args) throws Exception {
    String launcher = args[0];
    List<Path> workloads = new ArrayList<>();
    workloads.add(extract("fixpoint-workload.nix"));
    int runs = 5;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--lib" -> workloads.add(Path.of(args[++i], "lib", "tests", "misc.nix"));
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default -> workloads.add(Path.of(args[i]));
      }
    }
    System.out.println("# six evaluation benchmark");
    System.out.println();
    System.out.println("| workload | Nix s | Nix peak MB | six cold s | × Nix | six cold peak MB | six warm s | × Nix "
        + "| six warm, parsed files shared s | × Nix |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (Path workload : workloads) {
      String file = workload.toAbsolutePath().toString();
      ProcessTimer.Result nix = ProcessTimer.measure(List.of("nix-instantiate", "--eval", "--strict", file), runs);
      ProcessTimer.Result cold = ProcessTimer.measure(List.of(launcher, "instantiate", "--eval", "--strict", file), runs);
      double warm = warm(file, runs * 2, null);
      double shared = warm(file, runs * 2, new ParsedFiles());
      System.out.printf("| %s | %.2f | %d | %.2f | %.2f | %d | %.3f | %.2f | %.3f | %.2f |%n", workload.getFileName(),
          nix.medianSeconds(), nix.peakKilobytes() / 1024, cold.medianSeconds(), cold.medianSeconds() / nix.medianSeconds(),
          cold.peakKilobytes() / 1024, warm, warm / nix.medianSeconds(), shared, shared / nix.medianSeconds());
    }
  }

  /**
   * Median seconds of in-process evaluations after as many warm-up runs, each a new session; with
   * {@code shared} parsed files (as a language server keeps them) or, when null, parsing every file.
   */
  static double warm(String file, int runs, ParsedFiles shared) throws Exception {
    PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
    Map<String, String> env = System.getenv();
    EvalSettings settings = EvalSettings.defaults().withEnvironment(env);
    return Stopwatch.measure(runs, runs, () -> {
      Evaluator evaluator = shared == null ? new Evaluator(settings, new DiskIO(), silent)
          : new Evaluator(settings, new DiskIO(), silent, shared);
      Value v = evaluator.evalFile(file);
      return evaluator.run(() -> DeepForce.force(evaluator.state(), v));
    }).medianMillis() / 1000;
  }

  private static Path extract(String resource) throws Exception {
    Path file = Files.createTempFile("six-bench-", "-" + resource);
    try (InputStream in = EvalBench.class.getResourceAsStream(resource)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }
}
