package dev.six.eval.source;

import dev.six.grammar.syntax.LineMap;

/**
 * A text the evaluator parsed: a file, standard input or a string given on the command line. Its
 * {@code name} is how Nix names it in messages (the absolute path, {@code «stdin»}, {@code
 * «string»}); positions in it are character offsets, turned into lines and columns on demand. A
 * file also has a {@code path}, what positions as values show: the name, except for Nix's own
 * internal files, whose messages say {@code «nix-internal»/F} and whose path is {@code /F}.
 */
public final class SourceFile {
  public enum Origin {
    FILE,
    STDIN,
    STRING
  }

  private final String name;
  private final String path;
  private final Origin origin;
  private final char[] text;
  private final String baseDirectory;
  private final boolean internal;
  private LineMap lines;

  /** A file at absolute path {@code name}: relative paths in it resolve against its directory. */
  public SourceFile(String name, Origin origin, char[] text) {
    this(name, origin, text, origin == Origin.FILE ? directoryOf(name) : "/");
  }

  /** A text whose relative paths resolve against {@code baseDirectory} (the working directory). */
  public SourceFile(String name, Origin origin, char[] text, String baseDirectory) {
    this(name, origin == Origin.FILE ? name : null, origin, text, baseDirectory);
  }

  /** An internal file of the evaluator, named {@code name} in messages and at {@code path} in values. */
  public static SourceFile internal(String name, String path, char[] text) {
    return new SourceFile(name, path, Origin.FILE, text, "/", true);
  }

  private SourceFile(String name, String path, Origin origin, char[] text, String baseDirectory) {
    this(name, path, origin, text, baseDirectory, false);
  }

  private SourceFile(String name, String path, Origin origin, char[] text, String baseDirectory, boolean internal) {
    this.name = name;
    this.path = path;
    this.origin = origin;
    this.text = text;
    this.baseDirectory = baseDirectory;
    this.internal = internal;
  }

  /** Whether this is one of the evaluator's own files (Nix's {@code derivation.nix}). */
  public boolean isInternal() {
    return internal;
  }

  private static String directoryOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  public String baseDirectory() {
    return baseDirectory;
  }

  public String name() {
    return name;
  }

  public Origin origin() {
    return origin;
  }

  public char[] text() {
    return text;
  }

  /** The absolute path of a file source, else null. */
  public String path() {
    return path;
  }

  public synchronized LineMap lines() {
    if (lines == null) {
      lines = LineMap.of(text, text.length);
    }
    return lines;
  }

  @Override
  public String toString() {
    return name;
  }
}
