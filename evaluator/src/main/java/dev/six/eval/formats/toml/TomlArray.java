package dev.six.eval.formats.toml;

import java.util.ArrayList;
import java.util.List;

/**
 * A TOML array: an inline {@code [...]} value, which is complete once written, or an array of
 * tables built by {@code [[header]]} sections, which later sections extend.
 */
final class TomlArray {
  final boolean ofTableSections;
  final List<Object> elements = new ArrayList<>();

  TomlArray(boolean ofTableSections) {
    this.ofTableSections = ofTableSections;
  }

  /** Non-empty with only tables in it: what {@code [[...]]} and {@code [...]} headers may descend into. */
  boolean holdsTables() {
    if (elements.isEmpty()) {
      return false;
    }
    for (Object element : elements) {
      if (!(element instanceof TomlTable)) {
        return false;
      }
    }
    return true;
  }

  TomlTable last() {
    return (TomlTable) elements.get(elements.size() - 1);
  }
}
