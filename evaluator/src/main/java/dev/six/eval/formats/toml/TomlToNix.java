package dev.six.eval.formats.toml;

import dev.six.eval.formats.FormatException;
import dev.six.eval.formats.NixStrings;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.util.Map;

/**
 * A read TOML document as Nix values: tables become sets, arrays lists, and strings, integers,
 * floats and Booleans their Nix kinds. Nix has no dates or times: they are an error, or, with
 * the {@code parse-toml-timestamps} experimental feature, sets tagged {@code _type = "timestamp"}.
 * Nix strings cannot hold NUL bytes: those are an error.
 */
final class TomlToNix {
  private TomlToNix() {}

  private static final NixString TIMESTAMP = NixString.of("timestamp");

  static Value convert(Object value, boolean timestamps) {
    if (value instanceof TomlTable table) {
      AttrsBuilder attrs = new AttrsBuilder(table.entries.size());
      for (Map.Entry<String, Object> entry : table.entries.entrySet()) {
        attrs.add(string(entry.getKey()), convert(entry.getValue(), timestamps));
      }
      return attrs.build();
    }
    if (value instanceof TomlArray array) {
      Value[] elements = new Value[array.elements.size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = convert(array.elements.get(i), timestamps);
      }
      return NixList.of(elements);
    }
    if (value instanceof String s) {
      return NixString.of(string(s));
    }
    if (value instanceof Long l) {
      return NixInt.of(l);
    }
    if (value instanceof Double d) {
      return new NixFloat(d);
    }
    if (value instanceof Boolean b) {
      return NixBool.of(b);
    }
    if (value instanceof TomlDates.DateTime dateTime && timestamps) {
      return new AttrsBuilder(2).add("_type", TIMESTAMP).add("value", NixString.of(dateTime.text())).build();
    }
    throw new FormatException("Dates and times are not supported");
  }

  private static String string(String s) {
    try {
      return NixStrings.noNullBytes(s);
    } catch (FormatException e) {
      // Nix reports this one with the "error: " its own errors start with.
      throw new FormatException("error: " + e.getMessage());
    }
  }
}
