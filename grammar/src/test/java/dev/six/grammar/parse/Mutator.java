package dev.six.grammar.parse;

import dev.six.grammar.lexer.NixLexer;
import dev.six.grammar.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Breaks valid Nix texts the way editing does: deletes, duplicates or inserts a token, or deletes
 * or inserts a character. Most results have syntax errors; some stay valid.
 */
final class Mutator {
  private static final String[] INSERTED_TOKENS = {
    "{", "}", "(", ")", "[", "]", ";", ":", ",", ".", "=", "?", "@", "!", "-", "+", "*", "/", "//",
    "++", "==", "<", "->", "||", "&&", "|>", "<|", "let", "in", "if", "then", "else", "rec", "inherit",
    "or", "with", "assert", "x", "1", "\"", "''", "${", "./p", "...", "2.5", "<n>", "%", "#", "/*"
  };
  private static final String INSERTED_CHARS = "{}()[];:=.\"'$\\/#*%\0";

  private final Random random;

  Mutator(long seed) {
    this.random = new Random(seed);
  }

  String mutate(String text) {
    List<int[]> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return text + INSERTED_TOKENS[random.nextInt(INSERTED_TOKENS.length)];
    }
    int[] t = tokens.get(random.nextInt(tokens.size()));
    return switch (random.nextInt(5)) {
      case 0 -> text.substring(0, t[0]) + text.substring(t[1]);
      case 1 -> text.substring(0, t[1]) + " " + text.substring(t[0], t[1]) + text.substring(t[1]);
      case 2 -> text.substring(0, t[0]) + INSERTED_TOKENS[random.nextInt(INSERTED_TOKENS.length)] + " "
          + text.substring(t[0]);
      case 3 -> {
        int at = random.nextInt(text.length());
        yield text.substring(0, at) + text.substring(at + 1);
      }
      default -> {
        int at = random.nextInt(text.length() + 1);
        yield text.substring(0, at) + INSERTED_CHARS.charAt(random.nextInt(INSERTED_CHARS.length()))
            + text.substring(at);
      }
    };
  }

  /** The start and end of every significant token. */
  private static List<int[]> tokens(String text) {
    List<int[]> result = new ArrayList<>();
    NixLexer lexer = new NixLexer(text);
    for (TokenKind kind = lexer.next(); kind != TokenKind.EOF; kind = lexer.next()) {
      if (!kind.isTrivia()) {
        result.add(new int[] {lexer.tokenStart(), lexer.tokenEnd()});
      }
    }
    return result;
  }
}
