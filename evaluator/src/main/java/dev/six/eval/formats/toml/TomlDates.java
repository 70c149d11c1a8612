package dev.six.eval.formats.toml;

/**
 * TOML dates and times: checked as the parser inside Nix checks them (real calendar days, hours
 * 00-23, minutes 00-59, seconds 00-60, offsets within a day), then kept as their text, since Nix
 * has no value for them.
 */
final class TomlDates {
  /** A date, time or date-time, as written. */
  record DateTime(String text) {}

  enum Kind { OFFSET_DATE_TIME, LOCAL_DATE_TIME, LOCAL_DATE, LOCAL_TIME }

  private TomlDates() {}

  static DateTime parse(TomlCursor in, Kind kind) {
    int start = in.pos;
    if (kind == Kind.LOCAL_TIME) {
      time(in);
      return new DateTime(in.text.substring(start, in.pos));
    }
    date(in);
    if (kind == Kind.LOCAL_DATE) {
      return new DateTime(in.text.substring(start, in.pos));
    }
    char delimiter = in.current();
    if (delimiter != 'T' && delimiter != 't' && delimiter != ' ') {
      throw TomlErrors.error(kind == Kind.LOCAL_DATE_TIME
          ? "toml::parse_local_datetime: expect date-time delimiter `T`, `t` or ` `(space)."
          : "toml::parse_offset_datetime: expect date-time delimiter `T` or ` `(space).");
    }
    in.advance();
    time(in);
    if (kind == Kind.OFFSET_DATE_TIME) {
      offset(in);
    }
    return new DateTime(in.text.substring(start, in.pos));
  }

  private static void date(TomlCursor in) {
    int end = TomlNumberSyntax.localDate(in.text, in.pos);
    if (end < 0) {
      throw TomlErrors.error("toml::parse_local_date: invalid date: date must be like: 1234-05-06, yyyy-mm-dd.");
    }
    int year = number(in, 0, 4);
    int month = number(in, 5, 2);
    int day = number(in, 8, 2);
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    int maxDay = switch (month) {
      case 2 -> leap ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
    if (month < 1 || month > 12 || day < 1 || day > maxDay) {
      throw TomlErrors.error("toml::parse_local_date: invalid date.");
    }
    in.pos = end;
  }

  private static void time(TomlCursor in) {
    int end = TomlNumberSyntax.localTime(in.text, in.pos);
    if (end < 0) {
      throw TomlErrors.error(
          "toml::parse_local_time: invalid time: time must be HH:MM:SS(.sss) (subseconds are optional)");
    }
    int hour = number(in, 0, 2);
    int minute = number(in, 3, 2);
    if (hour > 23 || minute > 59) {
      throw TomlErrors.error("toml::parse_local_time: invalid time.");
    }
    if (number(in, 6, 2) > 60) {
      throw TomlErrors.error("toml::parse_local_time: invalid time.");
    }
    in.pos = end;
  }

  private static void offset(TomlCursor in) {
    int end = TomlNumberSyntax.timeOffset(in.text, in.pos);
    if (end < 0) {
      throw TomlErrors.error("toml::parse_offset_datetime: invalid offset: offset must be like: Z, +01:00, or -10:00.");
    }
    if (end - in.pos > 1 && (number(in, 1, 2) > 24 || number(in, 4, 2) > 60)) {
      throw TomlErrors.error("toml::parse_offset_datetime: too large offset: |hour| <= 24, |minute| <= 60");
    }
    in.pos = end;
  }

  private static int number(TomlCursor in, int offset, int length) {
    return Integer.parseInt(in.text.substring(in.pos + offset, in.pos + offset + length));
  }
}
