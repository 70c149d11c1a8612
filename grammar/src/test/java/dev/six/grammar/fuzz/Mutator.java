package dev.six.grammar.fuzz;

import java.util.Random;

/**
 * Breaks source texts the ways editing does: deletes, duplicates or moves a range, inserts a
 * character or token that matters to the lexer, truncates.
 */
final class Mutator {
  private static final String[] INSERTS = {
    "{", "}", "(", ")", "[", "]", "\"", "''", "${", ";", ":", "=", ".", ",", "@", "?", "/", "\\", "\n", "#",
    "/*", "*/", "'", "$", "let", "in", "if", "then", "else", "rec", "inherit", "or", "with", "assert", "...",
    "x", "1", "1.5", "./a", "~/b", "<c>", "a:b", "\0", "\r", "é", "-", "!", "++", "//", "->", "|>", "<|"
  };

  private final Random random;

  Mutator(Random random) {
    this.random = random;
  }

  String mutate(String text, int times) {
    String result = text;
    for (int i = 0; i < times; i++) {
      result = once(result);
    }
    return result;
  }

  private String once(String text) {
    int length = text.length();
    int at = length == 0 ? 0 : random.nextInt(length + 1);
    int span = Math.min(length - at, 1 + random.nextInt(12));
    return switch (random.nextInt(6)) {
      case 0 -> text.substring(0, at) + text.substring(at + span);
      case 1 -> text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
      case 2 -> text.substring(0, at) + text.substring(at, at + span) + text.substring(at);
      case 3 -> text.substring(0, at);
      case 4 -> {
        if (length == 0) {
          yield text;
        }
        int other = random.nextInt(length);
        String piece = text.substring(at, at + span);
        String without = text.substring(0, at) + text.substring(at + span);
        int insertAt = Math.min(other, without.length());
        yield without.substring(0, insertAt) + piece + without.substring(insertAt);
      }
      default -> {
        char c = (char) (random.nextInt(96) + 32);
        yield text.substring(0, at) + c + text.substring(Math.min(length, at + 1));
      }
    };
  }
}
