package dev.six.eval.formats.toml;

import java.util.ArrayList;
import java.util.List;

/** Keys: bare ({@code A-Za-z0-9_-}), quoted, and dotted paths of them; and {@code key = value}. */
final class TomlKeys {
  /** A key path and the value assigned to it. */
  record KeyValue(List<String> keys, Object value) {}

  private TomlKeys() {}

  static List<String> path(TomlCursor in) {
    List<String> keys = new ArrayList<>();
    while (!in.eof()) {
      keys.add(simple(in));
      if (!in.take(TomlSyntax.dotSeparator(in.text, in.pos))) {
        break;
      }
    }
    if (keys.isEmpty()) {
      throw TomlErrors.error("toml::parse_key: expected a new key, but got nothing");
    }
    return keys;
  }

  private static String simple(TomlCursor in) {
    if (in.current() == '"') {
      return TomlStrings.basic(in);
    }
    if (in.current() == '\'') {
      return TomlStrings.literal(in);
    }
    int end = TomlSyntax.unquotedKey(in.text, in.pos);
    if (end < 0) {
      throw TomlErrors.error("toml::parse_simple_key: invalid key: key must be \"quoted\", 'quoted-literal', or bare key.");
    }
    String key = in.text.substring(in.pos, end);
    in.pos = end;
    return key;
  }

  static KeyValue keyValue(TomlCursor in) {
    List<String> keys = path(in);
    if (!in.take(TomlSyntax.keyValueSeparator(in.text, in.pos))) {
      throw TomlErrors.error("toml::parse_key_value_pair: invalid key value separator `=`");
    }
    return new KeyValue(keys, TomlValues.value(in));
  }
}
