package dev.six.grammar.desugar;

/**
 * Where a text came from, as far as its meaning depends on it: relative path literals resolve
 * against {@code baseDirectory}, {@code ~/} against {@code home}, and messages name the source
 * the way Nix does ({@code (string)} for standard input, else the file's absolute path).
 */
public record SourceContext(String originName, String baseDirectory, String home) {

  /** A file at absolute {@code path}. */
  public static SourceContext file(String path, String home) {
    return new SourceContext(path, PathNames.directoryOf(path), home);
  }

  /** Standard input, read in directory {@code cwd}. */
  public static SourceContext stdin(String cwd, String home) {
    return new SourceContext("(string)", cwd, home);
  }
}
