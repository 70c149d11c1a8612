package dev.six.eval.formats.json;

/**
 * The tokens of a JSON text (RFC 8259), read the way the JSON library inside Nix reads them, so
 * that errors name the same line, column and "last read" text: the position counts bytes, a
 * newline starts a new line at column 0, and the last-read text is everything consumed since the
 * last string or number began. Strings must be UTF-8; &#92;u escapes (with surrogate pairs)
 * become UTF-8 bytes. Input and strings are one char per byte.
 */
final class JsonLexer {
  enum Token {
    UNINITIALIZED("<uninitialized>"),
    LITERAL_TRUE("true literal"),
    LITERAL_FALSE("false literal"),
    LITERAL_NULL("null literal"),
    VALUE_STRING("string literal"),
    VALUE_UNSIGNED("number literal"),
    VALUE_INTEGER("number literal"),
    VALUE_FLOAT("number literal"),
    BEGIN_ARRAY("'['"),
    BEGIN_OBJECT("'{'"),
    END_ARRAY("']'"),
    END_OBJECT("'}'"),
    NAME_SEPARATOR("':'"),
    VALUE_SEPARATOR("','"),
    PARSE_ERROR("<parse error>"),
    END_OF_INPUT("end of input"),
    LITERAL_OR_VALUE("'[', '{', or a literal");

    final String description;

    Token(String description) {
      this.description = description;
    }
  }

  private static final int EOF = -1;
  private static final String[] CONTROL_NAMES = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"};

  private final String input;
  private int next;
  private int current = EOF;
  private boolean ungot;
  private long charsRead;
  private long column;
  private long lines;
  /** Everything read since the current string or number began: the "last read" of messages. */
  private final StringBuilder read = new StringBuilder();
  /** A string's bytes, or a number's text. */
  private final StringBuilder buffer = new StringBuilder();
  private String error = "";

  JsonLexer(String input) {
    this.input = input;
  }

  /** The next token; on {@link Token#PARSE_ERROR}, {@link #error()} says why. */
  Token scan() {
    if (charsRead == 0 && !skipByteOrderMark()) {
      error = "invalid BOM; must be 0xEF 0xBB 0xBF if given";
      return Token.PARSE_ERROR;
    }
    do {
      get();
    } while (current == ' ' || current == '\t' || current == '\n' || current == '\r');
    switch (current) {
      case '[':
        return Token.BEGIN_ARRAY;
      case ']':
        return Token.END_ARRAY;
      case '{':
        return Token.BEGIN_OBJECT;
      case '}':
        return Token.END_OBJECT;
      case ':':
        return Token.NAME_SEPARATOR;
      case ',':
        return Token.VALUE_SEPARATOR;
      case 't':
        return literal("true", Token.LITERAL_TRUE);
      case 'f':
        return literal("false", Token.LITERAL_FALSE);
      case 'n':
        return literal("null", Token.LITERAL_NULL);
      case '"':
        return JsonStringScanner.scan(this);
      case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
        return JsonNumberScanner.scan(this);
      case 0, EOF:
        // A NUL byte ends the text, as the end of a C string would.
        return Token.END_OF_INPUT;
      default:
        error = "invalid literal";
        return Token.PARSE_ERROR;
    }
  }

  private boolean skipByteOrderMark() {
    if (get() == 0xEF) {
      return get() == 0xBB && get() == 0xBF;
    }
    unget();
    return true;
  }

  private Token literal(String text, Token token) {
    for (int i = 1; i < text.length(); i++) {
      if (get() != text.charAt(i)) {
        error = "invalid literal";
        return Token.PARSE_ERROR;
      }
    }
    return token;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading, shared with the string and number scanners.

  int get() {
    charsRead++;
    column++;
    if (ungot) {
      ungot = false;
    } else {
      current = next < input.length() ? input.charAt(next++) & 0xFF : EOF;
    }
    if (current != EOF) {
      read.append((char) current);
    }
    if (current == '\n') {
      lines++;
      column = 0;
    }
    return current;
  }

  /** Reads the current character again next time. */
  void unget() {
    ungot = true;
    charsRead--;
    if (column == 0) {
      if (lines > 0) {
        lines--;
      }
    } else {
      column--;
    }
    if (current != EOF) {
      read.setLength(read.length() - 1);
    }
  }

  int current() {
    return current;
  }

  /** Starts a string or number token at the current character. */
  void reset() {
    buffer.setLength(0);
    read.setLength(0);
    read.append((char) current);
  }

  void add(int c) {
    buffer.append((char) c);
  }

  void fail(String message) {
    error = message;
  }

  static String controlCharacterError(int c) {
    String hex = String.format("%04X", c);
    String shortForm = switch (c) {
      case '\b' -> " or \\b";
      case '\t' -> " or \\t";
      case '\n' -> " or \\n";
      case '\f' -> " or \\f";
      case '\r' -> " or \\r";
      default -> "";
    };
    return "invalid string: control character U+" + hex + " (" + CONTROL_NAMES[c] + ") must be escaped to \\u"
        + hex + shortForm;
  }

  // ---------------------------------------------------------------------------------------------
  // Results.

  /** The bytes of the string token, or the text of the number token. */
  String text() {
    return buffer.toString();
  }

  /** How many characters have been read (the end of the input counts as one). */
  long charsRead() {
    return charsRead;
  }

  String error() {
    return error;
  }

  /** What was read of the current token, control characters as {@code <U+XXXX>}. */
  String lastRead() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < read.length(); i++) {
      char c = read.charAt(i);
      if (c <= 0x1F) {
        out.append(String.format("<U+%04X>", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code at line L, column C}, as the library words positions. */
  String position() {
    return "at line " + (lines + 1) + ", column " + column;
  }
}
