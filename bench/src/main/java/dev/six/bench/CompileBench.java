package dev.six.bench;

import dev.six.s6.compile.Compilation;
import dev.six.s6.compile.CompileOptions;
import dev.six.s6.compile.CompiledWriter;
import dev.six.s6.compile.InstallPrefixes;
import dev.six.s6.compile.S6RcCompiler;
import dev.six.s6.source.DiskServiceSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The s6-rc compiler benchmark: compiles a generated source tree ({@link GeneratedServiceTree},
 * 2,000 services of which 1,000 longruns by default) in this JVM, warm, reading the sources from
 * disk and writing the compiled directory; and, when given skarnet's {@code s6-rc-compile}, runs it
 * on the same tree. Prints the medians and their ratio. Arguments:
 * {@code [--services N] [--runs N] [--s6-rc-compile PATH] [--work DIR]} (DIR: where the tree and
 * the outputs go, e.g. a tmpfs to take the disk out of the comparison).
 */
public final class CompileBench {
  private CompileBench() {}

  public static void main(String[] args) throws Exception {
    int services = 2000;
    int runs = 15;
    String reference = null;
    Path workParent = Path.of(System.getProperty("java.io.tmpdir"));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--services" -> services = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--s6-rc-compile" -> reference = args[++i];
        case "--work" -> workParent = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path work = Files.createTempDirectory(workParent, "six-compile-bench");
    try {
      Path source = work.resolve("src");
      GeneratedServiceTree.write(source, services);
      int written;
      try (Stream<Path> s = Files.list(source)) {
        written = (int) s.count();
      }
      Compilation probe = S6RcCompiler.compile(List.of(new DiskServiceSource(source, "src")));
      System.out.printf("source tree: %d services, %d longruns (2 internal), %d oneshots, %d bundles%n", written,
          probe.database().longruns(), probe.database().oneshots(), probe.database().bundles().size());

      CompileOptions options = CompileOptions.of(InstallPrefixes.debian());
      double[] six = time(runs, 10, n -> {
        Path out = work.resolve("six-" + n);
        CompiledWriter.write(S6RcCompiler.compile(List.of(new DiskServiceSource(source, "src"))), options, out);
        return out;
      });
      double[] compileOnly = time(runs, 10, n -> {
        S6RcCompiler.compile(List.of(new DiskServiceSource(source, "src")));
        return null;
      });
      System.out.printf("six, in-process warm: compile + write %.1f ms (min %.1f), compile only %.1f ms%n",
          median(six), six[0], median(compileOnly));
      if (reference != null) {
        String ref = reference;
        double[] theirs = time(runs, 2, n -> {
          Path out = work.resolve("ref-" + n);
          Process p = new ProcessBuilder(ref, out.toString(), source.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
          if (p.waitFor() != 0) {
            throw new IllegalStateException(ref + " failed");
          }
          return out;
        });
        System.out.printf("s6-rc-compile (%s): %.1f ms (min %.1f)%n", ref, median(theirs), theirs[0]);
        System.out.printf("ratio six / s6-rc-compile (medians): %.2f%n", median(six) / median(theirs));
      }
    } finally {
      delete(work);
    }
  }

  /** One measured run; returns the directory it wrote (removed after the clock stops), or null. */
  private interface Run {
    Path run(int n) throws Exception;
  }

  /** Sorted wall times in milliseconds of {@code runs} runs after {@code warmups} unmeasured ones. */
  private static double[] time(int runs, int warmups, Run task) throws Exception {
    for (int i = 0; i < warmups; i++) {
      delete(task.run(-1 - i));
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Path written = task.run(i);
      ms[i] = (System.nanoTime() - start) / 1e6;
      delete(written);
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }

  private static void delete(Path root) throws Exception {
    if (root == null || !Files.exists(root)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path p : paths) {
      Files.delete(p);
    }
  }
}
