package dev.six.eval.formats.toml;

import dev.six.eval.formats.toml.TomlDates.Kind;

/**
 * TOML values: strings, Booleans, numbers, dates and times, arrays and inline tables. The kind is
 * decided from the first characters the way the parser inside Nix decides it, so that a malformed
 * value gets that parser's diagnosis (a {@code True} is "must be in lowercase", {@code 01} a
 * leading zero, {@code 1979-05-27T7:32} a bad time).
 */
final class TomlValues {
  private static final String HINT_QUOTES = " must be in lowercase. A string must be surrounded by quotes.";

  private TomlValues() {}

  static Object value(TomlCursor in) {
    switch (in.current()) {
      case '"', '\'':
        return TomlStrings.parse(in);
      case '[':
        return array(in);
      case '{':
        return inlineTable(in);
      case 't', 'f':
        return bool(in);
      case 'T':
        throw TomlErrors.error("toml::parse_value: `true`" + HINT_QUOTES);
      case 'F':
        throw TomlErrors.error("toml::parse_value: `false`" + HINT_QUOTES);
      case 'i', 'I':
        if (TomlSyntax.literal(in.text, in.pos, "inf") < 0) {
          throw TomlErrors.error("toml::parse_value: `inf`" + HINT_QUOTES);
        }
        return TomlNumbers.floating(in);
      case 'n', 'N':
        if (TomlSyntax.literal(in.text, in.pos, "nan") < 0) {
          throw TomlErrors.error("toml::parse_value: `nan`" + HINT_QUOTES);
        }
        return TomlNumbers.floating(in);
      default:
        return number(in);
    }
  }

  private static Boolean bool(TomlCursor in) {
    if (in.take(TomlSyntax.literal(in.text, in.pos, "true"))) {
      return Boolean.TRUE;
    }
    if (in.take(TomlSyntax.literal(in.text, in.pos, "false"))) {
      return Boolean.FALSE;
    }
    throw TomlErrors.error("toml::parse_boolean: invalid boolean: boolean must be `true` or `false`, in lowercase. "
        + "string must be surrounded by `\"`");
  }

  /** A number, date or time, or the reason the text is none of them. */
  private static Object number(TomlCursor in) {
    String s = in.text;
    int i = in.pos;
    if (TomlNumberSyntax.offsetDateTime(s, i) >= 0) {
      return TomlDates.parse(in, Kind.OFFSET_DATE_TIME);
    }
    int end = TomlNumberSyntax.localDateTime(s, i);
    if (end >= 0) {
      if (TomlSyntax.at(s, end) == '+' || TomlSyntax.at(s, end) == '-') {
        throw TomlErrors.error("bad offset: must be [+-]HH:MM or Z");
      }
      return TomlDates.parse(in, Kind.LOCAL_DATE_TIME);
    }
    end = TomlNumberSyntax.localDate(s, i);
    if (end >= 0) {
      int c = TomlSyntax.at(s, end);
      if (c == 'T' || c == 't' || (c == ' ' && TomlSyntax.isDigit(TomlSyntax.at(s, end + 1)))) {
        throw TomlErrors.error("bad time: must be HH:MM:SS.subsec");
      }
      if (TomlSyntax.isDigit(c)) {
        throw TomlErrors.error("bad datetime: missing T or space");
      }
      return TomlDates.parse(in, Kind.LOCAL_DATE);
    }
    if (TomlNumberSyntax.localTime(s, i) >= 0) {
      return TomlDates.parse(in, Kind.LOCAL_TIME);
    }
    end = TomlNumberSyntax.floating(s, i);
    if (end >= 0) {
      if (TomlSyntax.at(s, end) == '_') {
        throw TomlErrors.error("bad float: `_` must be surrounded by digits");
      }
      return TomlNumbers.floating(in);
    }
    end = TomlNumberSyntax.integer(s, i);
    if (end >= 0) {
      checkAfterInteger(s, i, end);
      return TomlNumbers.integer(in);
    }
    if (TomlSyntax.at(s, i) == '.') {
      throw TomlErrors.error("bad float: integer part is required before decimal point");
    }
    if (TomlSyntax.at(s, i) == '_') {
      throw TomlErrors.error("bad number: `_` must be surrounded by digits");
    }
    throw TomlErrors.error("bad format: unknown value appeared");
  }

  /** What may not follow an integer: it would have been meant as a longer number or a date. */
  private static void checkAfterInteger(String s, int start, int end) {
    int c = TomlSyntax.at(s, end);
    if (c == '_') {
      String text = s.substring(start, end);
      if (text.equals("0") || text.equals("-0") || text.equals("+0")) {
        throw TomlErrors.error("bad integer: leading zero is not allowed in decimal int");
      }
      throw TomlErrors.error("bad integer: `_` must be surrounded by digits");
    }
    if (TomlSyntax.isDigit(c)) {
      throw TomlErrors.error(c == '0' ? "bad integer: leading zero" : "bad integer: invalid digit after an integer");
    }
    if (c == ':' || c == '-') {
      throw TomlErrors.error("bad datetime: invalid format");
    }
    if (c == '.' || c == 'e' || c == 'E') {
      throw TomlErrors.error("bad float: invalid format");
    }
  }

  /** {@code [ v, v, ... ]}: newlines and comments may appear between the values, a comma may trail. */
  private static TomlArray array(TomlCursor in) {
    in.advance();
    TomlArray array = new TomlArray(false);
    TomlLayout.skipLines(in, false);
    boolean comma = true;
    while (!in.eof() && in.current() != ']') {
      if (!comma) {
        throw TomlErrors.error("toml::parse_array: expected value-separator `,` or closing `]`");
      }
      array.elements.add(value(in));
      TomlLayout.skipLines(in, false);
      comma = in.current() == ',';
      if (comma) {
        in.advance();
      }
      boolean commented = TomlLayout.comment(in);
      if (comma) {
        TomlLayout.skipLines(in, commented);
      }
    }
    if (in.current() != ']') {
      throw TomlErrors.error("toml::parse_array: missing closing bracket `]`");
    }
    in.advance();
    return array;
  }

  /** {@code { k = v, ... }} on one line, without a trailing comma (TOML 1.0). */
  private static TomlTable inlineTable(TomlCursor in) {
    in.advance();
    TomlTable table = new TomlTable(TomlTable.Kind.DOTTED);
    in.skipWhitespace();
    boolean empty = true;
    boolean comma = false;
    while (!in.eof()) {
      if (in.current() == '}') {
        if (comma) {
          throw TomlErrors.error("toml::parse_inline_table: trailing comma is not allowed in TOML-v1.0.0)");
        }
        break;
      }
      if (!comma && !empty) {
        throw TomlErrors.error("toml::parse_inline_table: expected value-separator `,` or closing `}`");
      }
      empty = false;
      TomlKeys.KeyValue entry = TomlKeys.keyValue(in);
      TomlTables.insert(TomlTables.Insertion.DOTTED_KEYS, table, entry.keys(), entry.value());
      in.skipWhitespace();
      comma = in.current() == ',';
      if (comma) {
        in.advance();
      }
      in.skipWhitespace();
    }
    if (in.current() != '}') {
      throw TomlErrors.error("toml::parse_inline_table: missing closing bracket `}`");
    }
    in.advance();
    table.kind = TomlTable.Kind.INLINE;
    return table;
  }
}
