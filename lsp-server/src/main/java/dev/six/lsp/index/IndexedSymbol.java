package dev.six.lsp.index;

/**
 * A name defined somewhere in the workspace, as the index keeps it: what it is, where it is
 * (file, 1-based line and column, and its byte offsets), the attribute path it sits under
 * ({@code services.sshd} for {@code port} in {@code services.sshd.port = 22}), and for a formal the
 * source of its default ({@code detail}, empty when it has none).
 */
public record IndexedSymbol(String name, Kind kind, String container, String file, int line, int column, int start,
    int end, String detail) {

  /** A definition without offsets or detail (a service, a package). */
  public IndexedSymbol(String name, Kind kind, String container, String file, int line, int column) {
    this(name, kind, container, file, line, column, 0, 0, "");
  }

  /** What kind of definition: how the editor shows it and how navigation treats it. */
  public enum Kind {
    /** A by-name service: {@code …/by-name/xx/NAME/service.nix}. */
    SERVICE,
    /** An attribute of a set. */
    ATTRIBUTE,
    /** A {@code let} binding. */
    LET,
    /** A lambda's formal argument. */
    FORMAL,
    /** A nixpkgs package: {@code pkgs/by-name/xx/NAME/package.nix}, or a callPackage site's file. */
    PACKAGE
  }

  /** The container and the name, dotted: how a person would refer to it. */
  public String qualifiedName() {
    return container.isEmpty() ? name : container + "." + name;
  }
}
