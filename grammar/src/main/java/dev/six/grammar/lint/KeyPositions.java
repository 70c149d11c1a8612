package dev.six.grammar.lint;

import dev.six.grammar.lexer.NixNames;

/**
 * Where a key of an infusion is written. A desugared attribute's position is where its binding
 * starts, which for a path ({@code a.b.__asign = …}) is the path's first name, so the lints look
 * for the key itself from there, as a whole name.
 */
final class KeyPositions {
  private final char[] text;
  private final int length;

  KeyPositions(char[] text, int length) {
    this.text = text;
    this.length = length;
  }

  /** The first whole occurrence of {@code key} at or after {@code from} (within 4 KiB), else {@code from}. */
  int find(String key, int from) {
    int limit = Math.min(length - key.length(), from + 4096);
    for (int i = from; i <= limit; i++) {
      if (matchesAt(key, i)) {
        return i;
      }
    }
    return from;
  }

  private boolean matchesAt(String key, int i) {
    for (int k = 0; k < key.length(); k++) {
      if (text[i + k] != key.charAt(k)) {
        return false;
      }
    }
    int end = i + key.length();
    boolean startsName = i == 0 || !NixNames.isIdPart(text[i - 1]);
    return startsName && (end >= length || !NixNames.isIdPart(text[end]));
  }
}
