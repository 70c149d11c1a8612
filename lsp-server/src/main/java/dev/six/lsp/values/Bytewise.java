package dev.six.lsp.values;

import java.nio.charset.StandardCharsets;

/**
 * The evaluator's text form for the features' own words: every text here is one char per UTF-8
 * byte, as the evaluator's strings and file names are, so that the protocol glue converts all of
 * it once; literals with non-ASCII signs ({@code «thunk»}, {@code →}) go through {@link #of}.
 */
final class Bytewise {
  private Bytewise() {}

  static String of(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }
}
