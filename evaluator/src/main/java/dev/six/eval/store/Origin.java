package dev.six.eval.store;

import dev.six.eval.derivation.ATermWriter;
import dev.six.eval.derivation.Derivation;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Where the contents of a computed store path come from, so that reading it works although
 * nothing was written: a file system path minus what a filter left out, a text, or a derivation
 * (whose text is written again when read rather than kept: an evaluation of nixpkgs makes tens of
 * thousands, and they are seldom read).
 */
sealed interface Origin {
  /**
   * The tree at {@code source}, ingested as {@code method}; {@code excluded} holds the paths below
   * it (relative, starting with {@code /}) that the filter rejected.
   */
  record Source(String source, FileIngestion method, Set<String> excluded) implements Origin {}

  /** A text file ({@code toFile}) and the store paths it refers to. */
  record Text(byte[] contents, Set<String> references) implements Origin {}

  /** A {@code .drv} file: {@code drv} in Nix's ATerm format. */
  record StoreDerivation(Derivation drv) implements Origin {
    Text asText() {
      return new Text(ATermWriter.write(drv).getBytes(StandardCharsets.ISO_8859_1), drv.references());
    }
  }
}
