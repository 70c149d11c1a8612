package dev.six.s6.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a oneshot {@code up} or {@code down} script into the words that s6-rc-compile 0.5.4.1
 * stores in the database's string table. s6-rc-compile tokenises these scripts itself, with
 * execline's lexer, so the stored words must match it exactly for the database to be byte-identical.
 *
 * <p>The rules were written from the execlineb documentation and from experiments with the real
 * compiler (the golden cases under {@code src/test/resources/execline/} are its output):
 *
 * <ul>
 *   <li>Every byte from 0x01 to 0x20 separates words, not only space, tab, CR and newline. A NUL
 *       byte ends the script.
 *   <li>{@code #} at the start of a word comments out the rest of the line; elsewhere it is an
 *       ordinary character.
 *   <li>Outside double quotes a backslash makes the next byte literal (a newline too). A backslash
 *       where a word would start is different: followed by a newline or by the end of the script it
 *       disappears, and otherwise the next byte starts a word.
 *   <li>A backslash inside a word at the end of the script is an error.
 *   <li>Inside double quotes {@code \a \b \t \n \v \f \r} are C escapes; a backslash-newline
 *       disappears; {@code \0x} plus one or two hex digits, {@code \0} plus one to three octal
 *       digits and a non-zero digit plus up to two more decimal digits are byte values, which must
 *       be 1 to 255. Any other escaped byte stands for itself.
 *   <li>A word that is a lone <code>&#123;</code> or <code>&#125;</code>, followed by whitespace
 *       (or, for <code>&#125;</code>, by the end of the script), opens or closes a block; a lone
 *       <code>&#123;</code> at the very end of the script is an error. Every word starts with one
 *       space per open block, and a closing brace becomes a word of those spaces, one level less.
 * </ul>
 *
 * <p>Two oddities are kept on purpose because the compiler has them. First, a lone brace followed
 * by a backslash is not a brace word, yet the backslash is treated as if it stood at the start of a
 * word. The brace stays in the word being built, so after a backslash-newline it is glued onto the
 * next word (<code>"&#123;\\\n x"</code> gives <code>"&#123;x"</code>), or silently dropped at the
 * end of the script.
 * Second, a script that ends inside a numeric escape of a quoted string ends that string and the
 * word without an error ({@code "a\25} gives {@code a} and byte 25).
 */
public final class ExeclineLexer {
  private ExeclineLexer() {}

  /**
   * The words of {@code script}, one char per byte (ISO-8859-1).
   *
   * @throws ExeclineSyntaxError where s6-rc-compile reports a syntax error
   * @throws IllegalArgumentException if a char of {@code script} is not a byte
   */
  public static List<String> words(String script) throws ExeclineSyntaxError {
    return new Scan(script).run();
  }

  /** Where the scanner is; each state's comment says what the last bytes read were. */
  private enum State {
    /** Whitespace, or nothing yet. */
    BETWEEN,
    /** A {@code #} at a word start and the rest of its line so far. */
    COMMENT,
    /** A lone <code>&#123;</code> at a word start. */
    OPEN_BRACE,
    /** A lone <code>&#125;</code> at a word start. */
    CLOSE_BRACE,
    /** A backslash where a word would start (or right after a lone brace). */
    LEADING_BACKSLASH,
    /** Unquoted word bytes. */
    WORD,
    /** A backslash inside an unquoted part of a word. */
    WORD_BACKSLASH,
    /** Inside double quotes. */
    QUOTED,
    /** A backslash inside double quotes. */
    QUOTED_BACKSLASH,
    /** {@code \0} inside double quotes: octal or hex follows. */
    ZERO,
    /** {@code \0x} inside double quotes: the first hex digit must follow. */
    HEX_FIRST,
    /** Digits of a numeric escape inside double quotes. */
    NUMBER
  }

  /** One pass over one script; holds the state that the static entry point must not share. */
  private static final class Scan {
    private final String script;
    private final int end;
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    /** Offsets of the open braces of the blocks we are in, innermost last. */
    private final List<Integer> openBraces = new ArrayList<>();

    private State state = State.BETWEEN;
    /** Length of {@link #word} when the current word started, before its indentation. */
    private int wordStart;
    /** Offset of the last lone brace, the last opening quote, the last backslash. */
    private int bracePos;
    private int quotePos;
    private int backslashPos;
    private int radix;
    private int digits;
    private int maxDigits;
    private int value;

    Scan(String script) {
      for (int i = 0; i < script.length(); i++) {
        if (script.charAt(i) > 0xFF) {
          throw new IllegalArgumentException("script char at " + i + " is not a byte: U+"
              + Integer.toHexString(script.charAt(i)));
        }
      }
      this.script = script;
      // s6-rc-compile stops reading a script at its first NUL byte.
      int nul = script.indexOf('\0');
      this.end = nul < 0 ? script.length() : nul;
    }

    List<String> run() throws ExeclineSyntaxError {
      for (int i = 0; i < end; i++) {
        step(script.charAt(i), i);
      }
      finish();
      return List.copyOf(words);
    }

    private void step(char c, int i) throws ExeclineSyntaxError {
      switch (state) {
        case BETWEEN:
          between(c, i);
          break;
        case COMMENT:
          if (c == '\n') {
            state = State.BETWEEN;
          }
          break;
        case OPEN_BRACE:
        case CLOSE_BRACE:
          afterBrace(c, i);
          break;
        case LEADING_BACKSLASH:
          if (c == '\n') {
            state = State.BETWEEN;
          } else {
            startWord();
            word.append(c);
            state = State.WORD;
          }
          break;
        case WORD:
          inWord(c, i);
          break;
        case WORD_BACKSLASH:
          word.append(c);
          state = State.WORD;
          break;
        case QUOTED:
          quoted(c, i);
          break;
        case QUOTED_BACKSLASH:
          quotedEscape(c, i);
          break;
        case ZERO:
          if (c == 'x') {
            state = State.HEX_FIRST;
          } else if (c >= '0' && c <= '7') {
            beginNumber(8, 3, c - '0');
          } else {
            throw error(ExeclineSyntaxError.Kind.OTHER, backslashPos,
                "\\0 in a quoted string must be followed by an octal digit or x");
          }
          break;
        case HEX_FIRST:
          if (Character.digit(c, 16) < 0) {
            throw error(ExeclineSyntaxError.Kind.OTHER, backslashPos,
                "\\0x in a quoted string must be followed by a hex digit");
          }
          beginNumber(16, 2, Character.digit(c, 16));
          break;
        case NUMBER:
          int digit = Character.digit(c, radix);
          if (digit >= 0 && digits < maxDigits) {
            value = value * radix + digit;
            digits++;
          } else {
            // The escape is complete only once the byte after it is read; that byte is quoted text.
            endNumber();
            quoted(c, i);
          }
          break;
        default:
          throw new AssertionError(state);
      }
    }

    private void between(char c, int i) {
      if (isSpace(c)) {
        return;
      }
      switch (c) {
        case '#':
          state = State.COMMENT;
          break;
        case '\\':
          // Not a word yet: a backslash-newline here is a line continuation and vanishes.
          backslashPos = i;
          state = State.LEADING_BACKSLASH;
          break;
        case '"':
          startWord();
          quotePos = i;
          state = State.QUOTED;
          break;
        case '{':
        case '}':
          startWord();
          word.append(c);
          bracePos = i;
          state = c == '{' ? State.OPEN_BRACE : State.CLOSE_BRACE;
          break;
        default:
          startWord();
          word.append(c);
          state = State.WORD;
      }
    }

    private void afterBrace(char c, int i) throws ExeclineSyntaxError {
      if (isSpace(c)) {
        if (state == State.OPEN_BRACE) {
          openBlock();
        } else {
          closeBlock();
        }
        state = State.BETWEEN;
        return;
      }
      switch (c) {
        case '\\':
          // The compiler's oddity (see the class comment): the brace stays in the word.
          backslashPos = i;
          state = State.LEADING_BACKSLASH;
          break;
        case '"':
          quotePos = i;
          state = State.QUOTED;
          break;
        default:
          word.append(c);
          state = State.WORD;
      }
    }

    private void inWord(char c, int i) {
      if (isSpace(c)) {
        endWord();
        state = State.BETWEEN;
      } else if (c == '\\') {
        backslashPos = i;
        state = State.WORD_BACKSLASH;
      } else if (c == '"') {
        quotePos = i;
        state = State.QUOTED;
      } else {
        word.append(c);
      }
    }

    private void quoted(char c, int i) {
      if (c == '"') {
        state = State.WORD;
      } else if (c == '\\') {
        backslashPos = i;
        state = State.QUOTED_BACKSLASH;
      } else {
        word.append(c);
        state = State.QUOTED;
      }
    }

    private void quotedEscape(char c, int i) {
      state = State.QUOTED;
      switch (c) {
        case '\n':
          break;
        case 'a':
          word.append('\u0007');
          break;
        case 'b':
          word.append('\b');
          break;
        case 't':
          word.append('\t');
          break;
        case 'n':
          word.append('\n');
          break;
        case 'v':
          word.append('\u000B');
          break;
        case 'f':
          word.append('\f');
          break;
        case 'r':
          word.append('\r');
          break;
        case '0':
          state = State.ZERO;
          break;
        default:
          if (c >= '1' && c <= '9') {
            beginNumber(10, 3, c - '0');
          } else {
            word.append(c);
          }
      }
    }

    private void beginNumber(int radix, int maxDigits, int firstDigit) {
      this.radix = radix;
      this.maxDigits = maxDigits;
      this.digits = 1;
      this.value = firstDigit;
      state = State.NUMBER;
    }

    private void endNumber() throws ExeclineSyntaxError {
      state = State.QUOTED;
      if (value == 0 || value > 255) {
        throw error(ExeclineSyntaxError.Kind.OTHER, backslashPos,
            "a numeric escape must give a byte from 1 to 255, not " + value);
      }
      word.append((char) value);
    }

    private void finish() throws ExeclineSyntaxError {
      switch (state) {
        case BETWEEN:
        case COMMENT:
        case LEADING_BACKSLASH:
          // A brace left in the word by the oddity above is dropped here, without an error.
          break;
        case OPEN_BRACE:
          throw error(ExeclineSyntaxError.Kind.OTHER, bracePos,
              "{ at the end of the script must be followed by whitespace");
        case CLOSE_BRACE:
          closeBlock();
          break;
        case WORD:
          endWord();
          break;
        case WORD_BACKSLASH:
          throw error(ExeclineSyntaxError.Kind.OTHER, backslashPos, "backslash at the end of the script");
        case NUMBER:
          // The compiler's second oddity: a script ending inside a numeric escape ends the
          // quoted string and the word too, without a closing quote.
          endNumber();
          endWord();
          break;
        case QUOTED:
        case QUOTED_BACKSLASH:
        case ZERO:
        case HEX_FIRST:
          throw error(ExeclineSyntaxError.Kind.OTHER, quotePos, "unterminated quoted string");
        default:
          throw new AssertionError(state);
      }
      if (!openBraces.isEmpty()) {
        throw error(ExeclineSyntaxError.Kind.UNMATCHED_OPEN_BRACE, openBraces.get(openBraces.size() - 1),
            "unmatched {");
      }
    }

    /** Marks where a word begins and indents it by one space per open block. */
    private void startWord() {
      wordStart = word.length();
      word.append(" ".repeat(openBraces.size()));
    }

    private void endWord() {
      words.add(word.toString());
      word.setLength(0);
    }

    private void openBlock() {
      word.setLength(wordStart);
      openBraces.add(bracePos);
    }

    private void closeBlock() throws ExeclineSyntaxError {
      if (openBraces.isEmpty()) {
        throw error(ExeclineSyntaxError.Kind.UNMATCHED_CLOSE_BRACE, bracePos, "unmatched }");
      }
      openBraces.remove(openBraces.size() - 1);
      word.setLength(wordStart);
      word.append(" ".repeat(openBraces.size()));
      endWord();
    }

    private ExeclineSyntaxError error(ExeclineSyntaxError.Kind kind, int offset, String reason) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (script.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new ExeclineSyntaxError(kind, line, offset - lineStart + 1, reason);
    }
  }

  /** Whitespace for execline: every control byte and space (NUL never gets here). */
  private static boolean isSpace(char c) {
    return c <= ' ';
  }
}
