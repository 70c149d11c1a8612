package dev.six.s6.source;

/**
 * Where a fact about a service was written, in the user's terms: a Nix file position for a
 * service that came from an evaluated description, or the source definition file (and the line of
 * the listed name) for one read from disk. Lines and columns are 1-based.
 */
public record SourceLocation(String file, int line, int column) {

  /** The start of {@code file}, for facts that have no finer position. */
  public static SourceLocation fileStart(String file) {
    return new SourceLocation(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
