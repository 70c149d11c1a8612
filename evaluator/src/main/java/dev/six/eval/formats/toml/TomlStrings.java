package dev.six.eval.formats.toml;

/**
 * The four kinds of TOML strings: basic ({@code "..."}, with escapes), literal ({@code '...'}),
 * and their multi-line forms, where a newline right after the opening quotes is dropped and, in
 * the basic form, a backslash at the end of a line swallows the line break and the indentation
 * after it. Values are UTF-8 bytes, one char per byte.
 */
final class TomlStrings {
  private TomlStrings() {}

  /** A string value at the cursor (which is at a quote); moves past it. */
  static String parse(TomlCursor in) {
    String s = in.text;
    int start = in.pos;
    if (in.current() == '"') {
      if (TomlSyntax.literal(s, start, "\"\"\"") >= 0) {
        int end = TomlStringSyntax.multiLineBasicString(s, start);
        if (end < 0) {
          throw TomlErrors.error("toml::parse_ml_basic_string: invalid string format");
        }
        in.pos = end;
        return unescape(dropFirstNewline(s.substring(start + 3, end - 3)), true);
      }
      return basic(in);
    }
    if (TomlSyntax.literal(s, start, "'''") >= 0) {
      int end = TomlStringSyntax.multiLineLiteralString(s, start);
      if (end < 0) {
        throw TomlErrors.error("toml::parse_ml_literal_string: invalid string format");
      }
      in.pos = end;
      return dropFirstNewline(s.substring(start + 3, end - 3));
    }
    return literal(in);
  }

  /** A {@code "basic"} string (also a quoted key). */
  static String basic(TomlCursor in) {
    int end = TomlStringSyntax.basicString(in.text, in.pos);
    if (end < 0) {
      throw TomlErrors.error("toml::parse_basic_string: invalid string format");
    }
    String body = in.text.substring(in.pos + 1, end - 1);
    in.pos = end;
    return unescape(body, false);
  }

  /** A {@code 'literal'} string (also a quoted key). */
  static String literal(TomlCursor in) {
    int end = TomlStringSyntax.literalString(in.text, in.pos);
    if (end < 0) {
      throw TomlErrors.error("toml::parse_literal_string: invalid string format");
    }
    String body = in.text.substring(in.pos + 1, end - 1);
    in.pos = end;
    return body;
  }

  private static String dropFirstNewline(String s) {
    if (s.startsWith("\n")) {
      return s.substring(1);
    }
    return s.startsWith("\r\n") ? s.substring(2) : s;
  }

  /** Resolves the escapes of a body the grammar has already accepted. */
  private static String unescape(String body, boolean multiLine) {
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      if (multiLine) {
        int end = TomlStringSyntax.escapedNewline(body, i);
        if (end >= 0) {
          i = end;
          continue;
        }
      }
      char e = body.charAt(i + 1);
      switch (e) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u', 'U' -> {
          int digits = e == 'u' ? 4 : 8;
          utf8(out, Long.parseLong(body.substring(i + 2, i + 2 + digits), 16));
          i += digits;
        }
        default -> out.append(e); // " or \
      }
      i += 2;
    }
    return out.toString();
  }

  private static void utf8(StringBuilder out, long cp) {
    if (cp < 0x80) {
      out.append((char) cp);
    } else if (cp < 0x800) {
      out.append((char) (0xC0 | cp >> 6)).append((char) (0x80 | cp & 0x3F));
    } else if (cp < 0x10000) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        throw TomlErrors.error("toml::parse_utf8_codepoint: [0xD800, 0xDFFF] is not a valid UTF-8");
      }
      out.append((char) (0xE0 | cp >> 12)).append((char) (0x80 | cp >> 6 & 0x3F)).append((char) (0x80 | cp & 0x3F));
    } else if (cp < 0x110000) {
      out.append((char) (0xF0 | cp >> 18)).append((char) (0x80 | cp >> 12 & 0x3F))
          .append((char) (0x80 | cp >> 6 & 0x3F)).append((char) (0x80 | cp & 0x3F));
    } else {
      throw TomlErrors.error("toml::parse_utf8_codepoint: input codepoint is too large.");
    }
  }
}
