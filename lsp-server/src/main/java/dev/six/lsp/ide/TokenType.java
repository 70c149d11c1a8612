package dev.six.lsp.ide;

/**
 * What a highlighted piece of a document is, beyond what a TextMate grammar can tell: how a name
 * is bound, and sixos's own vocabulary (services, targets, infuse sugars, paths). Each type has the
 * name the server announces in its legend and a standard LSP type that a client without six's
 * custom types can show instead; the two are the same for the standard types.
 */
public enum TokenType {
  /** A function's formal or its {@code @}/plain argument, where declared and where used. */
  PARAMETER("parameter", "parameter"),
  /** A {@code let} binding, or a name only a {@code with} provides. */
  VARIABLE("variable", "variable"),
  /** An attribute name: a key of a set, a selected attribute, a {@code rec} attribute. */
  PROPERTY("property", "property"),
  /** A built-in function, or a binding whose value is written as a function. */
  FUNCTION("function", "function"),
  /** {@code builtins} itself. */
  NAMESPACE("namespace", "namespace"),
  /** A URL literal (written without quotes, deprecated in Nix). */
  STRING("string", "string"),
  /** The name of a by-name service of the workspace ({@code by-name/<xx>/<name>/service.nix}). */
  SERVICE("service", "class"),
  /** An attribute path into the targets scope ({@code targets.global.mounts}). */
  TARGET("target", "enumMember"),
  /** An infuse sugar key ({@code __assign}, {@code __input}, ...). */
  SUGAR("sugar", "macro"),
  /** A path literal ({@code ./x.nix}, {@code ~/y}) or a search path ({@code <nixpkgs>}). */
  PATH("path", "string");

  private final String name;
  private final String standard;

  TokenType(String name, String standard) {
    this.name = name;
    this.standard = standard;
  }

  /** The name six announces. */
  public String lspName() {
    return name;
  }

  /** The standard LSP token type a client without six's custom types is given instead. */
  public String standardName() {
    return standard;
  }
}
