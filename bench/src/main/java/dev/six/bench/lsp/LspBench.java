package dev.six.bench.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The language server benchmark of issue 7: a replay client that starts {@code six lsp} as a
 * process and measures, on the corpus, on a generated site and on real-world Nix, the time from
 * start to the first diagnostics, definition and hover latencies, build-on-save diagnostics on the
 * example site, the first and the warm re-indexing, and the server's memory. Workspaces are copies
 * in a work directory, so nothing outside it is written.
 *
 * <p>Usage: {@code LspBench ROOT [--real-world DIR]... [--services N] [--work DIR] [--requests N]
 * [--open N]}. ROOT is the repository (its {@code six} launcher and {@code corpus/}).
 */
public final class LspBench {
  private LspBench() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    List<Path> realWorld = new ArrayList<>();
    int services = 5000;
    int requests = 2000;
    int openFiles = 60;
    Path work = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--real-world" -> realWorld.add(Path.of(args[++i]).toAbsolutePath().normalize());
        case "--services" -> services = Integer.parseInt(args[++i]);
        case "--requests" -> requests = Integer.parseInt(args[++i]);
        case "--open" -> openFiles = Integer.parseInt(args[++i]);
        case "--work" -> work = Path.of(args[++i]).toAbsolutePath();
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (work == null) {
      work = Files.createTempDirectory("six-lsp-bench");
    }
    List<String> command = List.of(root.resolve("six").toString(), "lsp");
    warmLauncher(root);

    List<WorkspaceRun.Workspace> workspaces = new ArrayList<>();
    Path corpus = fresh(work.resolve("corpus"));
    copyNix(root.resolve("corpus"), corpus, true);
    workspaces.add(new WorkspaceRun.Workspace("corpus", corpus, corpus.resolve("site/hosts/router.nix"), true));
    Path generated = fresh(work.resolve("generated"));
    run(List.of("bash", root.resolve("corpus/gen/generate.sh").toString(), String.valueOf(services), "10",
        generated.toString(), corpus.resolve("six").toString()));
    workspaces.add(new WorkspaceRun.Workspace("generated site, " + services + " services", generated,
        generated.resolve("hosts/edge-00.nix"), false));
    if (!realWorld.isEmpty()) {
      Path real = fresh(work.resolve("real-world"));
      List<String> names = new ArrayList<>();
      for (Path dir : realWorld) {
        copyNix(dir, real.resolve(dir.getFileName().toString()), false);
        names.add(dir.getFileName().toString());
      }
      workspaces.add(new WorkspaceRun.Workspace("real-world (" + String.join(" + ", names) + ")", real, middleSized(real),
          false));
    }

    WorkspaceRun.Plan plan = new WorkspaceRun.Plan(openFiles, Math.max(100, requests / 5), requests, 5, 1);
    List<WorkspaceRun.Result> results = new ArrayList<>();
    for (WorkspaceRun.Workspace workspace : workspaces) {
      System.err.println("lsp bench: " + workspace.name() + " ...");
      Path cache = fresh(work.resolve("cache-" + workspaces.indexOf(workspace)));
      results.add(new WorkspaceRun(command, cache, plan).measure(workspace));
    }
    print(results, plan);
  }

  private static void print(List<WorkspaceRun.Result> results, WorkspaceRun.Plan plan) throws IOException {
    System.out.println("# six language server benchmark");
    System.out.println();
    System.out.println("Machine: " + machine());
    System.out.printf("Requests: %d definitions and %d hovers one after another at random identifiers of %d open files, "
        + "after %d of each to warm up.%n", plan.measuredRequests(), plan.measuredRequests(), plan.openFiles(),
        plan.warmupRequests());
    System.out.println();
    System.out.println("| workspace | files | MB | start → first diagnostics, cold / warm ms | index cold ms | index warm ms "
        + "| definition p50 / p99 ms | hover p50 / p95 ms | hovers answered | build-on-save (example site) "
        + "| heap after GC MB | peak RSS MB |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (WorkspaceRun.Result r : results) {
      System.out.printf("| %s | %d | %.2f | %.0f / %.0f | %.0f | %.0f | %.2f / %.2f | %.2f / %.2f | %.0f%% | %s | %.0f | %.0f |%n",
          r.workspace().name(), r.files(), r.megabytes(), r.firstDiagnosticsCold(), r.firstDiagnosticsWarm(), r.indexCold(),
          r.indexWarm(), r.definition().percentile(50), r.definition().percentile(99), r.hover().percentile(50),
          r.hover().percentile(95), 100 * r.hoverAnswered(), r.buildOnSave().isEmpty() ? "–" : r.buildOnSave(),
          r.memory().heapAfterGcMb(), r.memory().peakRssMb());
    }
    System.out.println("| **target** | | | ≤ 1000 | ≤ 3000 (6 MB) | ≤ 300 (6 MB) | p99 ≤ 10 | p95 ≤ 50 (with values) | "
        + "| ≤ 500 | ≤ 300 (6 MB) | |");
    System.out.println();
    System.out.println("Index ready, as observed (cold; warm), with the server's own count of its sync where it logs one:");
    for (WorkspaceRun.Result r : results) {
      System.out.println("- " + r.workspace().name() + ": " + r.indexSignal() + "; " + r.warmIndexSignal());
    }
  }

  /** Builds the project and records the class-data archive once, outside any measurement. */
  private static void warmLauncher(Path root) throws IOException, InterruptedException {
    run(List.of(root.resolve("six").toString(), "--version"));
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("failed: " + String.join(" ", command));
    }
  }

  /** The .nix files under {@code from} (and, for the corpus, everything) copied to {@code to}. */
  private static void copyNix(Path from, Path to, boolean everything) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName().toString();
        return !dir.equals(from) && (name.startsWith(".") || name.equals("target")) ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile() && (everything || file.toString().endsWith(".nix"))) {
          Path target = to.resolve(from.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** A typical file to open first: the first (by path) between 2 and 20 KB. */
  private static Path middleSized(Path root) throws IOException {
    for (Path f : WorkspaceRun.nixFiles(root)) {
      long size = Files.size(f);
      if (size >= 2_000 && size <= 20_000) {
        return f;
      }
    }
    return WorkspaceRun.nixFiles(root).get(0);
  }

  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    return dir;
  }

  private static String machine() throws IOException {
    String cpu = "?";
    Path info = Path.of("/proc/cpuinfo");
    if (Files.isReadable(info)) {
      cpu = Files.readAllLines(info, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
    }
    long memory = 0;
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.isReadable(meminfo)) {
      memory = Files.readAllLines(meminfo, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("MemTotal"))
          .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L) / (1024 * 1024);
    }
    return String.format("%d cores (%s), %d GB, Java %s", Runtime.getRuntime().availableProcessors(), cpu, memory,
        System.getProperty("java.version"));
  }
}
