package dev.six.lsp.index;

/**
 * A name defined somewhere in the workspace, as the index keeps it: what it is, where it is
 * (file, 1-based line and column), and the attribute path it sits under ({@code services.sshd}
 * for {@code port} in {@code services.sshd.port = 22}).
 */
public record IndexedSymbol(String name, Kind kind, String container, String file, int line, int column) {

  /** What kind of definition: how the editor shows it and how navigation treats it. */
  public enum Kind {
    /** A by-name service: {@code …/by-name/xx/NAME/service.nix}. */
    SERVICE,
    /** An attribute of a set. */
    ATTRIBUTE,
    /** A {@code let} binding. */
    LET,
    /** A lambda's formal argument. */
    FORMAL
  }

  /** The container and the name, dotted: how a person would refer to it. */
  public String qualifiedName() {
    return container.isEmpty() ? name : container + "." + name;
  }
}
