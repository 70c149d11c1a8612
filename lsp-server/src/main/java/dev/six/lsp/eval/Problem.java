package dev.six.lsp.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * Something an evaluation found wrong, in no protocol's terms (the server turns it into an LSP
 * diagnostic, {@code six check} into a line): a severity, a stable code ({@code E0xx}: the
 * evaluator's {@code ErrorKind}; {@code S6xx}: s6-rc's verdict on a host; {@code X001}: six itself
 * failed), the message in Nix's or
 * s6-rc-compile's words, where, and the places that explain it (the "while evaluating" trace, the
 * edges of a dependency cycle).
 */
public record Problem(Severity severity, String code, String message, Place place, List<Related> related) {

  /** How bad it is: an error fails {@code six check}, a warning does not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** A position in a file: 1-based line and column, the column counted in bytes, as Nix counts it. */
  public record Place(Path file, int line, int column) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column;
    }
  }

  /** A secondary place and what it says. */
  public record Related(Place place, String message) {}

  public Problem {
    related = List.copyOf(related);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
