package dev.six.grammar.lexer;

import java.util.Set;

/**
 * Nix's rules for names, as its lexer applies them: which bytes start and continue an identifier
 * ({@code [a-zA-Z_][a-zA-Z0-9_'-]*}), and which words are keywords. For the tools that look at
 * names outside the lexer (lints, completion, rename) so that they agree with it.
 */
public final class NixNames {
  /** The words the lexer never reads as identifiers. */
  public static final Set<String> KEYWORDS = Set.of("if", "then", "else", "assert", "with", "let", "in", "rec",
      "inherit", "or");

  private NixNames() {}

  public static boolean isIdStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  public static boolean isIdPart(char c) {
    return isIdStart(c) || (c >= '0' && c <= '9') || c == '\'' || c == '-';
  }

  /** Whether {@code s} can be written as a variable: an identifier that is not a keyword. */
  public static boolean isIdentifier(String s) {
    if (s.isEmpty() || !isIdStart(s.charAt(0)) || KEYWORDS.contains(s)) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!isIdPart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
