package dev.six.eval.formats.toml;

/**
 * TOML dates and times: checked as the parser inside Nix checks them (real calendar days, hours
 * 00-23, minutes 00-59, seconds 00-60, offsets within a day) and kept as text in the form Nix's
 * {@code parse-toml-timestamps} feature gives them: a {@code T} between date and time, seconds
 * always, a fraction cut to nanoseconds and written with 3, 6 or 9 digits, a zero offset as
 * {@code Z}.
 */
final class TomlDates {
  /** A date, time or date-time, in its normal form. */
  record DateTime(String text) {}

  enum Kind { OFFSET_DATE_TIME, LOCAL_DATE_TIME, LOCAL_DATE, LOCAL_TIME }

  private TomlDates() {}

  static DateTime parse(TomlCursor in, Kind kind) {
    StringBuilder text = new StringBuilder();
    if (kind == Kind.LOCAL_TIME) {
      time(in, text);
      return new DateTime(text.toString());
    }
    date(in, text);
    if (kind == Kind.LOCAL_DATE) {
      return new DateTime(text.toString());
    }
    char delimiter = in.current();
    if (delimiter != 'T' && delimiter != 't' && delimiter != ' ') {
      throw TomlErrors.error(kind == Kind.LOCAL_DATE_TIME
          ? "toml::parse_local_datetime: expect date-time delimiter `T`, `t` or ` `(space)."
          : "toml::parse_offset_datetime: expect date-time delimiter `T` or ` `(space).");
    }
    in.advance();
    text.append('T');
    time(in, text);
    if (kind == Kind.OFFSET_DATE_TIME) {
      offset(in, text);
    }
    return new DateTime(text.toString());
  }

  private static void date(TomlCursor in, StringBuilder text) {
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
    text.append(in.text, in.pos, end);
    in.pos = end;
  }

  private static void time(TomlCursor in, StringBuilder text) {
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
    text.append(in.text, in.pos, in.pos + 8);
    if (end > in.pos + 8) {
      fraction(in.text.substring(in.pos + 9, end), text);
    }
    in.pos = end;
  }

  /** Nanoseconds at most, shown to the milli-, micro- or nanosecond its last non-zero digit needs. */
  private static void fraction(String digits, StringBuilder text) {
    String nanos = (digits + "000000000").substring(0, 9);
    int shown = nanos.endsWith("000000") ? 3 : nanos.endsWith("000") ? 6 : 9;
    if (!nanos.equals("000000000")) {
      text.append('.').append(nanos, 0, shown);
    }
  }

  private static void offset(TomlCursor in, StringBuilder text) {
    int end = TomlNumberSyntax.timeOffset(in.text, in.pos);
    if (end < 0) {
      throw TomlErrors.error("toml::parse_offset_datetime: invalid offset: offset must be like: Z, +01:00, or -10:00.");
    }
    if (end - in.pos > 1 && (number(in, 1, 2) > 24 || number(in, 4, 2) > 60)) {
      throw TomlErrors.error("toml::parse_offset_datetime: too large offset: |hour| <= 24, |minute| <= 60");
    }
    int minutes = end - in.pos == 1 ? 0 : number(in, 1, 2) * 60 + number(in, 4, 2);
    if (minutes == 0) {
      text.append('Z');
    } else {
      text.append(in.current()).append(String.format("%02d:%02d", minutes / 60, minutes % 60));
    }
    in.pos = end;
  }

  private static int number(TomlCursor in, int offset, int length) {
    return Integer.parseInt(in.text.substring(in.pos + offset, in.pos + offset + length));
  }
}
