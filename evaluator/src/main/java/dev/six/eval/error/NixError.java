package dev.six.eval.error;

import dev.six.eval.source.Pos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An evaluation error: a kind with a stable code, Nix's message, the position Nix would report,
 * and the "while evaluating ..." frames collected as it propagates (shown with --show-trace).
 * {@link CatchableError} ({@code throw}, failed {@code assert}) is the only kind {@code tryEval}
 * catches; every other error is an {@link EvalError}.
 */
public abstract class NixError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One "while ..." step of the trace. A {@code detail} step is one Nix 2.8 records only under
   * {@code --show-trace} (a function call) or not at all (current Nix's built-in calls).
   */
  public record Frame(String message, Pos pos, boolean detail) {}

  private final ErrorKind kind;
  private Pos pos;
  private final List<Frame> trace = new ArrayList<>(0);

  NixError(ErrorKind kind, String message, Pos pos) {
    super(message, null, false, false);
    this.kind = kind;
    this.pos = pos;
  }

  public ErrorKind kind() {
    return kind;
  }

  /** Where the error happened, or null when Nix shows no position for it. */
  public Pos pos() {
    return pos;
  }

  /** Gives the error a position if it has none yet (the innermost known position wins). */
  public NixError atIfUnknown(Pos where) {
    if (pos == null) {
      pos = where;
    }
    return this;
  }

  /** Adds a frame as the error leaves a construct; frames run from innermost to outermost. */
  public NixError addTrace(String message, Pos where) {
    trace.add(new Frame(message, where, false));
    return this;
  }

  /** Adds a {@linkplain Frame#detail detail} frame. */
  public NixError addDetailTrace(String message, Pos where) {
    trace.add(new Frame(message, where, true));
    return this;
  }

  /**
   * Whether the error has a trace without {@code --show-trace}, as Nix 2.8 sees it: then Nix
   * suggests the flag.
   */
  public boolean hasTraceWithoutShowTrace() {
    for (Frame frame : trace) {
      if (!frame.detail()) {
        return true;
      }
    }
    return false;
  }

  public List<Frame> trace() {
    return Collections.unmodifiableList(trace);
  }
}
