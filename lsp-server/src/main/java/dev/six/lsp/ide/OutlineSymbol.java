package dev.six.lsp.ide;

import java.util.List;

/**
 * One entry of a document's outline, in the grammar's byte offsets: the whole binding
 * ({@code start..end}), its name ({@code nameStart..nameEnd}) and the bindings nested in its value.
 * It keeps the outline free of LSP types so that it can be tested and reused without a server.
 */
public record OutlineSymbol(
    String name, Kind kind, int start, int end, int nameStart, int nameEnd, List<OutlineSymbol> children) {

  /** What a binding is, as far as the syntax shows. */
  public enum Kind {
    /** A {@code let} binding. */
    VARIABLE,
    /** An attribute of a set whose value is neither a set nor a function. */
    ATTRIBUTE,
    /** An attribute or {@code let} binding whose value is a set. */
    SET,
    /** An attribute or {@code let} binding whose value is a function. */
    FUNCTION,
    /** A name brought in by {@code inherit}. */
    INHERITED
  }

  public OutlineSymbol {
    children = List.copyOf(children);
  }
}
