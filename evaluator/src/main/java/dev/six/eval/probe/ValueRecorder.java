package dev.six.eval.probe;

import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What an evaluation bound in the files an editor watches, by source position, so that a language
 * server can show the values of a real evaluation without evaluating again: each binding (let,
 * attribute, formal, argument) of a watched file gets a {@link RecordedSite} when the file is
 * lowered (and each use of a name only a {@code with} provides), and the nodes record into it;
 * applications of {@code infuse} (a curried function bound to the name {@code infuse}, in any
 * file) are kept whole. Memory is bounded: a few values per site (sites are as many as the
 * watched files' bindings) and at most {@link #MAX_INFUSIONS} infusions. An evaluation without a
 * recorder lowers plain nodes and pays nothing.
 *
 * <p>Recording happens on the evaluation's thread; read the results after the evaluation is
 * finished (or from tasks on the same session).
 */
public final class ValueRecorder {
  /** The name a function must be bound to for its applications to count as infusions. */
  public static final String INFUSE = "infuse";
  public static final int MAX_INFUSIONS = 1024;

  private final Predicate<String> watched;
  private final Map<SourceFile, List<RecordedSite>> sites = new ConcurrentHashMap<>();
  private final List<InfuseApplication> infusions = Collections.synchronizedList(new ArrayList<>());
  private int infusionCount;
  /** What the evaluation is doing now, in the caller's words (the host being evaluated), or null. */
  private volatile String phase;
  /** While set, nothing is recorded (see {@link #quietly}); read on the evaluation's thread only. */
  private boolean quiet;
  /** The file and offset of an infusion literal to apply as {@code { }} (a counterfactual), or null. */
  private final String suppressedFile;
  private final int suppressedOffset;

  /** Records in the files whose names (absolute paths) {@code watched} accepts. */
  public ValueRecorder(Predicate<String> watched) {
    this(watched, null, -1);
  }

  private ValueRecorder(Predicate<String> watched, String suppressedFile, int suppressedOffset) {
    this.watched = watched;
    this.suppressedFile = suppressedFile;
    this.suppressedOffset = suppressedOffset;
  }

  /**
   * A new recorder watching the same files, under which infuse applies the infusion written as the
   * set literal at {@code offset} of {@code fileName} as the empty infusion: an evaluation with it
   * shows what the site would be without that infusion (an editor's "before").
   */
  public ValueRecorder withoutInfusionAt(String fileName, int offset) {
    return new ValueRecorder(watched, fileName, offset);
  }

  /** Whether bindings of this file are recorded; asked once per file, when it is lowered. */
  public boolean watches(SourceFile file) {
    return file.origin() == SourceFile.Origin.FILE && !file.isInternal() && watched.test(file.name());
  }

  /** A new site of a watched file; the lowering calls it once per binding. */
  public RecordedSite site(SourceFile file, int offset, SiteKind kind, String name) {
    RecordedSite site = new RecordedSite(this, file, offset, kind, name);
    sites.computeIfAbsent(file, f -> Collections.synchronizedList(new ArrayList<>())).add(site);
    return site;
  }

  /**
   * Called by the infuse function's inner lambda on each application; returns the infusion to
   * apply: the one given, or the empty one for the literal this recorder suppresses (forced to
   * tell, as infuse forces it first thing anyway).
   */
  public Value infused(EvalState st, Value function, Value target, Value infusion) {
    synchronized (infusions) {
      if (quiet) {
        // an editor applying a recorded infusion again: not a new application of the site's
      } else {
        if (infusions.size() < MAX_INFUSIONS) {
          infusions.add(new InfuseApplication(function, target, infusion, phase));
        }
        infusionCount++;
      }
    }
    if (suppressedFile != null && st.force(infusion) instanceof NixAttrs set && set.pos() != null
        && set.pos().offset() == suppressedOffset && set.pos().file().name().equals(suppressedFile)) {
      return NixAttrs.EMPTY;
    }
    return infusion;
  }

  /** The sites of the file with this name at {@code offset}, outermost binding first. */
  public List<RecordedSite> sitesAt(String fileName, int offset) {
    List<RecordedSite> found = new ArrayList<>();
    for (var entry : sites.entrySet()) {
      if (entry.getKey().name().equals(fileName)) {
        synchronized (entry.getValue()) {
          for (RecordedSite site : entry.getValue()) {
            if (site.offset() == offset) {
              found.add(site);
            }
          }
        }
      }
    }
    return found;
  }

  /** Every site of the file with this name, in the order they were made. */
  public List<RecordedSite> sitesOf(String fileName) {
    List<RecordedSite> found = new ArrayList<>();
    for (var entry : sites.entrySet()) {
      if (entry.getKey().name().equals(fileName)) {
        synchronized (entry.getValue()) {
          found.addAll(entry.getValue());
        }
      }
    }
    return found;
  }

  /**
   * Runs {@code task} (on the evaluation's thread) without recording anything: an editor calling
   * a recorded function again must not add to what the site's evaluation did.
   */
  public <T> T quietly(java.util.function.Supplier<T> task) {
    synchronized (infusions) {
      quiet = true;
    }
    try {
      return task.get();
    } finally {
      synchronized (infusions) {
        quiet = false;
      }
    }
  }

  /**
   * Names what the evaluation does from now on (a site's evaluation sets the host it reads):
   * each value recorded remembers it, so an editor can say which host a value came from (the
   * host whose evaluation first made the binding).
   */
  public void phase(String label) {
    this.phase = label;
  }

  public String phase() {
    return phase;
  }

  boolean isQuiet() {
    return quiet;
  }

  /** The infusions kept, in the order they were applied. */
  public List<InfuseApplication> infusions() {
    synchronized (infusions) {
      return List.copyOf(infusions);
    }
  }

  /** How many infusions were applied (kept or not). */
  public int infusionCount() {
    synchronized (infusions) {
      return infusionCount;
    }
  }
}
