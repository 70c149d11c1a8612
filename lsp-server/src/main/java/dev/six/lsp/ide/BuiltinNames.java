package dev.six.lsp.ide;

import dev.six.grammar.desugar.ScopeChecker;
import java.util.Set;

/**
 * What Nix's built-in names are, for highlighting: functions or constants, and which are
 * deprecated. Built from the grammar's list of Nix's globals, so it names exactly what a file can
 * use without binding it.
 */
final class BuiltinNames {
  /** The built-ins that are values, not functions (without their {@code __}). */
  private static final Set<String> CONSTANTS = Set.of("true", "false", "null", "currentSystem", "currentTime",
      "nixVersion", "nixPath", "storeDir", "langVersion");
  /** Deprecated by Nix's own documentation. */
  private static final Set<String> DEPRECATED = Set.of("toPath");
  private static final Set<String> ATTRIBUTES = Set.copyOf(Completion.builtinNames());

  private BuiltinNames() {}

  /** Whether {@code name} is one of Nix's globals ({@code map}, {@code __add}, {@code builtins}). */
  static boolean isGlobal(String name) {
    return ScopeChecker.globalNames().contains(name);
  }

  /** Whether {@code builtins.<name>} exists. */
  static boolean isAttribute(String name) {
    return ATTRIBUTES.contains(name);
  }

  /** Whether the built-in {@code name} (global or attribute, with or without {@code __}) is a constant. */
  static boolean isConstant(String name) {
    return CONSTANTS.contains(unprefixed(name));
  }

  static boolean isDeprecated(String name) {
    return DEPRECATED.contains(unprefixed(name));
  }

  private static String unprefixed(String name) {
    return name.startsWith("__") ? name.substring(2) : name;
  }
}
