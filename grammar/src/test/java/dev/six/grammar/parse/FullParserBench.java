package dev.six.grammar.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the Xtext parser on the corpus, single-threaded: warm parse time per MB (against the
 * index parser's) and the heap the parse results retain per MB of source, with the node model and
 * with the lowered trees alone. Run on demand: {@code -Dtest=FullParserBench -Dsix.bench=true},
 * optionally with {@code -Dsix.corpus=dir1:dir2} (default {@code ../../scratch/corpus}).
 */
@EnabledIfSystemProperty(named = "six.bench", matches = "true")
class FullParserBench {
  private static final int WARMUP_ROUNDS = 3;
  private static final int TIMED_ROUNDS = 5;

  @Test
  void corpus() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String root : System.getProperty("six.corpus", "../../scratch/corpus").split(File.pathSeparator)) {
      Path corpus = Path.of(root);
      assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
      try (Stream<Path> walk = Files.walk(corpus)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".nix")).sorted().collect(Collectors.toList())) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    double megabytes = texts.stream().mapToLong(String::length).sum() / 1e6;
    System.err.printf("corpus: %d files, %.2f M characters%n", texts.size(), megabytes);

    FullParser full = new FullParser();
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      texts.forEach(full::parse);
      texts.forEach(IndexParser::parse);
    }
    long fullNanos = timed(() -> texts.forEach(full::parse));
    long indexNanos = timed(() -> texts.forEach(IndexParser::parse));
    System.err.printf("warm parse, one thread: Xtext + lowering %.0f ms/MB, index parser %.0f ms/MB%n",
        fullNanos / 1e6 / megabytes, indexNanos / 1e6 / megabytes);

    long before = usedHeap();
    List<FullParseResult> kept = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      kept.add(full.parseFull(URI.createURI("memory:/" + i + ".nix"), texts.get(i)));
    }
    long withNodeModel = usedHeap() - before;
    List<ParseResult> trees = new ArrayList<>();
    kept.forEach(r -> trees.add(r.result()));
    kept.clear();
    long treesOnly = usedHeap() - before;
    System.err.printf("retained heap: Xtext resources (EMF model + node model) and trees %.1f MB per MB; "
        + "lowered trees alone %.1f MB per MB (%d results)%n",
        withNodeModel / 1e6 / megabytes, treesOnly / 1e6 / megabytes, trees.size());
  }

  private static long timed(Runnable round) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < TIMED_ROUNDS; i++) {
      long start = System.nanoTime();
      round.run();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  private static long usedHeap() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
