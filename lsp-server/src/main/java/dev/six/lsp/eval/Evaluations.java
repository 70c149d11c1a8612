package dev.six.lsp.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latest finished evaluation of each root, for features that need values (hover, infusion
 * previews) without evaluating anything themselves: they look up the evaluation that read a file
 * and run further lazy, time-limited work on it ({@link Evaluation#run}). An evaluation that was
 * cancelled never replaces a finished one. Thread-safe.
 */
public final class Evaluations {
  private record Entry(Evaluation evaluation, long sequence) {}

  private final ConcurrentMap<Path, Entry> byRoot = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  /** The latest evaluation of {@code root}, if it has finished one. */
  public Optional<Evaluation> latest(Path root) {
    Entry entry = byRoot.get(root.toAbsolutePath().normalize());
    return entry == null ? Optional.empty() : Optional.of(entry.evaluation());
  }

  /** The latest evaluations that read {@code file}, the most recent first. */
  public List<Evaluation> forFile(Path file) {
    Path normal = file.toAbsolutePath().normalize();
    List<Entry> found = new ArrayList<>();
    for (Entry entry : byRoot.values()) {
      if (entry.evaluation().reads(normal) || entry.evaluation().root().equals(normal)) {
        found.add(entry);
      }
    }
    found.sort(Comparator.comparingLong(Entry::sequence).reversed());
    List<Evaluation> out = new ArrayList<>();
    for (Entry entry : found) {
      out.add(entry.evaluation());
    }
    return out;
  }

  /** Every root's latest evaluation. */
  public Collection<Evaluation> all() {
    List<Evaluation> out = new ArrayList<>();
    for (Entry entry : byRoot.values()) {
      out.add(entry.evaluation());
    }
    return out;
  }

  void record(Evaluation evaluation) {
    byRoot.put(evaluation.root(), new Entry(evaluation, sequence.incrementAndGet()));
  }

  void forget(Path root) {
    byRoot.remove(root);
  }

  void clear() {
    byRoot.clear();
  }
}
