package dev.six.eval.probe;

import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/**
 * One binding in a watched file and the values an evaluation gave it: the first few (lazily, as
 * the evaluation made them: thunks stay thunks until the evaluation forces them) and how many
 * times it was bound in all. It is made when the file is lowered, so recording costs no lookup:
 * the node that binds holds its sites.
 */
public final class RecordedSite {
  /** How many values a site keeps: enough to show that a function was called with different ones. */
  public static final int KEPT = 4;

  private final ValueRecorder owner;
  private final SourceFile file;
  private final int offset;
  private final SiteKind kind;
  private final String name;
  private final Value[] values = new Value[KEPT];
  /** The recorder's phase when each kept value was bound (the host being evaluated, say). */
  private final String[] phases = new String[KEPT];
  private int count;

  RecordedSite(ValueRecorder owner, SourceFile file, int offset, SiteKind kind, String name) {
    this.owner = owner;
    this.file = file;
    this.offset = offset;
    this.kind = kind;
    this.name = name;
  }

  /** Called by the evaluation each time the binding is made. */
  public void record(Value value) {
    if (owner.isQuiet()) {
      return;
    }
    if (count < KEPT) {
      values[count] = value;
      phases[count] = owner.phase();
    }
    if (count < Integer.MAX_VALUE) {
      count++;
    }
  }

  public SourceFile file() {
    return file;
  }

  /** The byte offset in the file (as the grammar counts: one char per byte). */
  public int offset() {
    return offset;
  }

  public SiteKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  /** How many times the binding was made (all of them, kept or not). */
  public int count() {
    return count;
  }

  /** For each value kept, the phase it was bound in (null when none was set). */
  public String[] phases() {
    return java.util.Arrays.copyOf(phases, Math.min(count, KEPT));
  }

  /** The values kept, first made first (at most {@link #KEPT}). */
  public Value[] values() {
    return java.util.Arrays.copyOf(values, Math.min(count, KEPT));
  }
}
