package dev.six.bench;

import java.util.ArrayList;
import java.util.List;

/** Measures the heap a parser's results keep alive, as used heap after full collections. */
final class HeapMeter {
  private HeapMeter() {}

  static double retainedMegabytes(ParserUnderTest parser, Corpus corpus) throws InterruptedException {
    long before = usedAfterGc();
    List<Object> kept = new ArrayList<>(corpus.files().size());
    for (SourceFile f : corpus.files()) {
      kept.add(parser.parse(f));
    }
    long after = usedAfterGc();
    if (kept.size() != corpus.files().size()) {
      throw new IllegalStateException();
    }
    return (after - before) / 1e6;
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
