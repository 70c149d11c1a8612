package dev.six.eval.store;

/**
 * How a file system object is hashed for its store path: the file's bytes (flat, a single regular
 * file only), or its Nix archive (recursive, any tree), which is what {@code ./path} copies use.
 */
public enum FileIngestion {
  FLAT(""),
  RECURSIVE("r:");

  private final String prefix;

  FileIngestion(String prefix) {
    this.prefix = prefix;
  }

  /**
   * What fixed-output path hashing writes before the hash ({@code fixed:out:r:sha1:...}), and a
   * derivation before the algorithm of a fixed output ({@code r:sha256}).
   */
  public String prefix() {
    return prefix;
  }
}
