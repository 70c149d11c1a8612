package dev.six.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluation benchmark: {@code nix-instantiate --eval --strict} against six on the same files,
 * cold (a whole {@code ./six instantiate} process: with the parse cache of an earlier run, as
 * repeated commands run, and with it turned off, as the very first run on a file) and warm
 * (in-process, after the JIT has run, each workload in JVMs of its own: {@link WarmEval}; parsing
 * every file again, and with parsed files shared between evaluations), with wall time and peak
 * memory. Nix and the cold runs of six take turns. Workloads: six's own fixpoint workload and,
 * when given, nixpkgs lib's {@code tests/misc.nix}.
 *
 * <p>Usage: {@code EvalBench SIX_LAUNCHER [--lib NIXPKGS_LIB_CHECKOUT] [--runs N]}
 */
public final class EvalBench {
  /** JVMs each warm measurement is taken in: the median of theirs is reported. */
  private static final int WARM_FORKS = 3;

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
    System.out.println("| workload | Nix s | Nix peak MB | six cold s | × Nix | six cold peak MB "
        + "| six cold, no parse cache s | × Nix | six warm s | × Nix | six warm, parsed files shared s | × Nix |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    // The cold runs keep their parse cache in a directory of their own, filled by one run first.
    Path cache = Files.createTempDirectory("six-bench-cache-");
    Map<String, String> cached = Map.of("XDG_CACHE_HOME", cache.toString());
    Map<String, String> uncached = Map.of("XDG_CACHE_HOME", cache.toString(), "SIX_PARSE_CACHE", "0");
    for (Path workload : workloads) {
      String file = workload.toAbsolutePath().toString();
      List<String> six = List.of(launcher, "instantiate", "--eval", "--strict", file);
      ProcessTimer.interleaved(List.of(new ProcessTimer.Command(six, cached)), 1);
      List<ProcessTimer.Result> results = ProcessTimer.interleaved(List.of(
          new ProcessTimer.Command(List.of("nix-instantiate", "--eval", "--strict", file), Map.of()),
          new ProcessTimer.Command(six, cached),
          new ProcessTimer.Command(six, uncached)), runs);
      ProcessTimer.Result nix = results.get(0);
      ProcessTimer.Result cold = results.get(1);
      ProcessTimer.Result first = results.get(2);
      double warm = WarmEval.inNewJvms(file, runs * 2, false, WARM_FORKS);
      double shared = WarmEval.inNewJvms(file, runs * 2, true, WARM_FORKS);
      double n = nix.medianSeconds();
      System.out.printf("| %s | %.2f | %d | %.2f | %.2f | %d | %.2f | %.2f | %.3f | %.2f | %.3f | %.2f |%n",
          workload.getFileName(), n, nix.peakKilobytes() / 1024, cold.medianSeconds(), cold.medianSeconds() / n,
          cold.peakKilobytes() / 1024, first.medianSeconds(), first.medianSeconds() / n, warm, warm / n, shared, shared / n);
    }
    try (var walk = Files.walk(cache)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path extract(String resource) throws Exception {
    Path file = Files.createTempFile("six-bench-", "-" + resource);
    try (InputStream in = EvalBench.class.getResourceAsStream(resource)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }
}
