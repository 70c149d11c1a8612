package dev.six.eval.runtime;

import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;

/**
 * Positions as Nix values ({@code __curPos}, {@code unsafeGetAttrPos}): {@code { column; file;
 * line; }}. For a string or standard input Nix puts the source text itself in {@code file}.
 */
public final class Positions {
  private Positions() {}

  public static Value toAttrs(Pos pos) {
    if (pos == null) {
      return NixNull.NULL;
    }
    SourceFile f = pos.file();
    String file = f.path() != null ? f.path() : new String(f.text());
    NixAttrs attrs = new AttrsBuilder(3)
        .add("column", NixInt.of(pos.column()))
        .add("file", NixString.of(file))
        .add("line", NixInt.of(pos.line()))
        .build();
    return attrs;
  }
}
