package dev.six.grammar.diagnostic;

import java.util.Objects;

/**
 * One problem in a source text: where it is (character offsets, end exclusive), what kind it is and
 * a message a person understands. {@code relatedStart} points at a second place that explains it
 * (the earlier definition of a duplicate attribute), or is -1.
 */
public record Diagnostic(int start, int end, DiagnosticKind kind, String message, int relatedStart) {

  public Diagnostic {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(message);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  public static Diagnostic of(int start, int end, DiagnosticKind kind, String message) {
    return new Diagnostic(start, end, kind, message, -1);
  }

  public Severity severity() {
    return kind.severity();
  }
}
