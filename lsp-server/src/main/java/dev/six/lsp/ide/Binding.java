package dev.six.lsp.ide;

import java.util.List;

/**
 * One name that Nix's static scoping can resolve a variable to: a {@code let} binding, a {@code rec}
 * set attribute, a function's formal or its {@code @}/plain argument; or, for a name no lexical
 * scope binds, the enclosing {@code with} expressions that may provide it at run time. Variables
 * resolved to the same binding are compared by identity, which is what highlight and references
 * group by.
 */
public final class Binding {
  /** How a name was bound. */
  public enum Kind {
    LET,
    REC,
    FORMAL,
    ARGUMENT,
    /** Not declared anywhere: the {@code with} expressions that may provide the name, innermost first. */
    WITH
  }

  private final String name;
  private final Kind kind;
  private final List<Span> definitions;

  Binding(String name, Kind kind, List<Span> definitions) {
    this.name = name;
    this.kind = kind;
    this.definitions = List.copyOf(definitions);
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** Where the name is declared (one span), or for {@link Kind#WITH} the scopes of the {@code with}s. */
  public List<Span> definitions() {
    return definitions;
  }

  /** Whether the binding has a declaration in the text (every kind but {@link Kind#WITH}). */
  public boolean declared() {
    return kind != Kind.WITH;
  }

  @Override
  public String toString() {
    return kind + " " + name + " " + definitions;
  }
}
