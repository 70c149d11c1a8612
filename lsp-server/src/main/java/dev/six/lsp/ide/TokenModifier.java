package dev.six.lsp.ide;

/**
 * A fact added to a {@link TokenType}: the bit of each modifier is its ordinal, as the protocol
 * encodes modifiers. All are standard LSP modifiers but {@link #FROM_WITH}, which clients that do
 * not know it ignore.
 */
public enum TokenModifier {
  /** Where a name is bound: a {@code let} or set key, a formal, an argument. */
  DECLARATION("declaration"),
  /** A built-in constant ({@code true}, {@code builtins.nixVersion}). */
  READONLY("readonly"),
  /** Anything Nix itself provides: built-in functions, constants and {@code builtins}. */
  DEFAULT_LIBRARY("defaultLibrary"),
  /** What Nix deprecates: URL literals, built-ins such as {@code builtins.toPath} and {@code isNull}. */
  DEPRECATED("deprecated"),
  /** A name no lexical scope binds, provided at run time by an enclosing {@code with}. */
  FROM_WITH("fromWith");

  private final String name;

  TokenModifier(String name) {
    this.name = name;
  }

  public String lspName() {
    return name;
  }

  /** This modifier's bit in the protocol's modifier set. */
  public int bit() {
    return 1 << ordinal();
  }
}
