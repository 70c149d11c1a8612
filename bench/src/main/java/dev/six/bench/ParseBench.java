package dev.six.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The parse benchmark: warm, in-process throughput of each parser on 1 and 2 threads, retained heap
 * per MB of source, and {@code nix-instantiate --parse} on the same files, for a real-world corpus
 * (directories given on the command line) and a generated one.
 *
 * <p>Usage: {@code ParseBench [--generated-mb N] [--runs N] DIR...}
 */
public final class ParseBench {
  private ParseBench() {}

  public static void main(String[] args) throws Exception {
    double generatedMb = 6;
    int runs = 7;
    List<Path> realRoots = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--generated-mb" -> generatedMb = Double.parseDouble(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default -> realRoots.add(Path.of(args[i]));
      }
    }
    List<Corpus> corpora = new ArrayList<>();
    if (!realRoots.isEmpty()) {
      corpora.add(Corpus.load("real-world", realRoots));
    }
    Path generatedDir = Files.createTempDirectory("six-bench-");
    corpora.add(GeneratedCorpus.create(generatedDir, generatedMb));

    List<ParserUnderTest> parsers = ParserUnderTest.all();
    Path nix = NixBaseline.find();
    System.out.println("# six parse benchmark");
    System.out.printf("java %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    for (Corpus corpus : corpora) {
      System.out.printf("## %s: %d files, %.2f MB%n%n", corpus.name(), corpus.files().size(), corpus.megabytes());
      System.out.println("| what | threads | median ms | best ms | MB/s | files/s |");
      System.out.println("|---|---|---|---|---|---|");
      double nixMillis = -1;
      if (nix != null) {
        Stopwatch nixTime = NixBaseline.measure(nix, corpus, Math.max(3, runs / 2));
        nixMillis = nixTime.medianMillis();
        row("nix-instantiate --parse (one process)", 1, nixTime, corpus);
      }
      for (ParserUnderTest parser : parsers) {
        for (int threads : new int[] {1, 2}) {
          Stopwatch time = Stopwatch.measure(runs, runs, () -> parseAll(parser, corpus, threads));
          row(parser.name() + " mode", threads, time, corpus);
          if (nixMillis > 0) {
            System.out.printf("|  ratio to Nix | %d | %.2f× Nix's time | | | |%n", threads, time.medianMillis() / nixMillis);
          }
        }
      }
      System.out.println();
      System.out.println("| parser | retained heap MB | per MB of source |");
      System.out.println("|---|---|---|");
      for (ParserUnderTest parser : parsers) {
        double retained = HeapMeter.retainedMegabytes(parser, corpus);
        System.out.printf("| %s mode | %.1f | %.2f MB/MB |%n", parser.name(), retained, retained / corpus.megabytes());
      }
      System.out.println();
    }
  }

  private static void row(String what, int threads, Stopwatch time, Corpus corpus) {
    double seconds = time.medianMillis() / 1000;
    System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.0f |%n", what, threads, time.medianMillis(), time.bestMillis(),
        corpus.megabytes() / seconds, corpus.files().size() / seconds);
  }

  static Object parseAll(ParserUnderTest parser, Corpus corpus, int threads) throws Exception {
    if (threads == 1) {
      Object last = null;
      for (SourceFile f : corpus.files()) {
        last = parser.parse(f);
      }
      return last;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (List<SourceFile> group : corpus.split(threads)) {
        futures.add(pool.submit(() -> {
          Object last = null;
          for (SourceFile f : group) {
            last = parser.parse(f);
          }
          return last;
        }));
      }
      Object last = null;
      for (Future<Object> future : futures) {
        last = future.get();
      }
      return last;
    } finally {
      pool.shutdown();
    }
  }
}
