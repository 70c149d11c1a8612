package dev.six.eval.formats.toml;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A TOML table while the document is read. How it came to be decides what may still be added to
 * it: a table only implied by a longer header ({@code [a.b]} implies {@code a}) may be defined
 * later, one made by dotted keys may be extended by dotted keys only, a header-defined one is
 * closed to a second header, an inline one is closed to everything.
 */
final class TomlTable {
  enum Kind { IMPLICIT, EXPLICIT, DOTTED, INLINE }

  Kind kind;
  final Map<String, Object> entries = new LinkedHashMap<>();

  TomlTable(Kind kind) {
    this.kind = kind;
  }
}
