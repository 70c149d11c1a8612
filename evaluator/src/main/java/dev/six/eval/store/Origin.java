package dev.six.eval.store;

import java.util.Set;

/**
 * Where the contents of a computed store path come from, so that reading it works although
 * nothing was written: a file system path minus what a filter left out, or a text.
 */
sealed interface Origin {
  /**
   * The tree at {@code source}; {@code excluded} holds the paths below it (relative, starting with
   * {@code /}) that the filter rejected.
   */
  record Source(String source, Set<String> excluded) implements Origin {}

  /** A text file ({@code toFile}) and the store paths it refers to. */
  record Text(byte[] contents, Set<String> references) implements Origin {}
}
