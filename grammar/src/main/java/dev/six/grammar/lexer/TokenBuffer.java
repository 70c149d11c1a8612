package dev.six.grammar.lexer;

import dev.six.grammar.diagnostic.Diagnostic;
import java.util.Arrays;
import java.util.List;

/**
 * All significant tokens of a text (trivia dropped), lexed up front so that a parser can look
 * ahead as far as it needs. Kinds are stored as ordinals to keep the buffer small.
 */
public final class TokenBuffer {
  private static final TokenKind[] KINDS = TokenKind.values();

  private final byte[] kinds;
  private final int[] starts;
  private final int[] ends;
  private final int count;
  private final List<Diagnostic> diagnostics;

  private TokenBuffer(byte[] kinds, int[] starts, int[] ends, int count, List<Diagnostic> diagnostics) {
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
    this.diagnostics = diagnostics;
  }

  /** Lexes {@code text[0..length)}; the last token is always EOF. */
  public static TokenBuffer lex(char[] text, int length) {
    NixLexer lexer = new NixLexer(text, length);
    int capacity = Math.max(16, length / 4);
    byte[] kinds = new byte[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int n = 0;
    int lastTokenStart = 0;
    while (true) {
      TokenKind kind = lexer.next();
      if (kind.isTrivia()) {
        lastTokenStart = lexer.tokenStart();
        continue;
      }
      if (n == kinds.length) {
        kinds = Arrays.copyOf(kinds, n * 2);
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      kinds[n] = (byte) kind.ordinal();
      starts[n] = lexer.tokenStart();
      ends[n] = lexer.tokenEnd();
      if (kind == TokenKind.EOF) {
        // Nix reports the end of input where the last token it scanned, trivia included, starts
        // (or, after a path, where its lexer's stale location points).
        int at = lexer.endOfInputPosition() >= 0 ? lexer.endOfInputPosition() : lastTokenStart;
        starts[n] = at;
        ends[n] = at;
        n++;
        break;
      }
      lastTokenStart = lexer.tokenStart();
      n++;
    }
    return new TokenBuffer(kinds, starts, ends, n, lexer.diagnostics());
  }

  public int count() {
    return count;
  }

  /** The kind of token {@code i}; past the end, EOF. */
  public TokenKind kind(int i) {
    return i < count ? KINDS[kinds[i]] : TokenKind.EOF;
  }

  public int start(int i) {
    return starts[Math.min(i, count - 1)];
  }

  public int end(int i) {
    return ends[Math.min(i, count - 1)];
  }

  /** Lexical problems (paths with a trailing slash). */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
