package dev.six.lsp.ide;

/**
 * One place a file names something sixos gives meaning to across files, found in its syntax tree
 * without evaluating: a service ({@code services.x}, a host's selection), a target path
 * ({@code targets.a.b}), a service's parameter or output attribute reached through an infusion or a
 * call, a formal of a {@code service.nix} or {@code package.nix}, a package ({@code pkgs.x}), a file
 * (a path literal), or a key written with interpolation that a rename cannot follow. The workspace
 * index keeps these so that references and renames are answered for the whole workspace.
 *
 * <p>{@code key} identifies the thing referred to: a service, package or argument name; a target's
 * dotted path; {@code "<target> <parameter>"}; {@code "<target> <dotted output path>"}; a file's
 * normalized absolute path; for {@link Kind#DYNAMIC}, the literal text around the interpolation; for
 * {@link Kind#INSTANCE}, {@code "<target> <service>"}.
 */
public record SixReference(Kind kind, String key, Role role, Span span) {

  /** What is referred to. */
  public enum Kind {
    /** A service by name: {@code services.x}, a host's {@code services = { x = …; }} or {@code [ "x" ]}. */
    SERVICE,
    /** A target by its path under {@code targets}; a one-element path is also the service of that name. */
    TARGET,
    /** A parameter of a target's service: {@code targets.x.__input.p}, {@code services.x { p = …; }}. */
    PARAMETER,
    /** An attribute of a target's result: {@code targets.x.__output.passthru.after}. */
    OUTPUT,
    /** A formal of a by-name {@code service.nix} or {@code package.nix}: a service or package it receives, or its own parameter. */
    ARGUMENT,
    /** A package: {@code pkgs.x}. */
    PACKAGE,
    /** A file: a path literal without interpolation, resolved next to the file that writes it. */
    FILE,
    /** A service or target key written with interpolation: a rename cannot tell whether it names the service. */
    DYNAMIC,
    /**
     * A target defined as a call of a service ({@code targets.net.iface.eth2.__init = final.services.netif { … }}):
     * key {@code "<target> <service>"}, at the target's last segment; what its parameters and outputs belong to.
     */
    INSTANCE
  }

  /** What the place does to the thing. */
  public enum Role {
    USE,
    /** Makes it: {@code __init}, {@code __assign}, {@code __default} or a plain value in an overlay. */
    DEFINITION,
    /** Changes it: any other infuse sugar, or a function infusion. */
    OVERRIDE
  }

  /** The key of a parameter or output of {@code target}. */
  public static String memberKey(String target, String member) {
    return target + " " + member;
  }

  /** The target of a {@link Kind#PARAMETER} or {@link Kind#OUTPUT} key. */
  public String target() {
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  /** The parameter or output path of a {@link Kind#PARAMETER} or {@link Kind#OUTPUT} key. */
  public String member() {
    int space = key.indexOf(' ');
    return space < 0 ? "" : key.substring(space + 1);
  }
}
