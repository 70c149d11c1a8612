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
    /** An attribute of a set literal, bound for the {@code inherit (set) name;} that reads it. */
    ATTRIBUTE,
    /** Not declared anywhere: the {@code with} expressions that may provide the name, innermost first. */
    WITH
  }

  private final String name;
  private final Kind kind;
  private final List<Span> definitions;
  private final int value;

  Binding(String name, Kind kind, List<Span> definitions) {
    this(name, kind, definitions, -1);
  }

  /** {@code value}: the tree node of the value bound by a plain {@code name = value;}, or -1. */
  Binding(String name, Kind kind, List<Span> definitions, int value) {
    this.name = name;
    this.kind = kind;
    this.definitions = List.copyOf(definitions);
    this.value = value;
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

  /** The node of the value a plain {@code name = value;} binds, or -1. */
  int value() {
    return value;
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
