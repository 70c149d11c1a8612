package dev.six.lsp.ide;

import dev.six.grammar.desugar.ScopeChecker;
import dev.six.lsp.ide.docs.DocEntry;
import dev.six.lsp.ide.docs.Documentation;
import java.util.Optional;
import java.util.Set;

/**
 * What Nix's built-in names are, for highlighting: functions or constants, and which are
 * deprecated. The names are the grammar's list of Nix's globals and the {@code builtins}
 * attributes; what each is comes from the built-ins' documentation (its type has an arrow or not,
 * its text says "Deprecated"), so the highlighting and the hover never disagree.
 */
final class BuiltinNames {
  /** Constants, for a name the documentation would lack (it documents every built-in). */
  private static final Set<String> CONSTANTS = Set.of("true", "false", "null", "currentSystem", "currentTime",
      "nixVersion", "nixPath", "storeDir", "langVersion");
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

  /**
   * Whether the built-in is a value rather than a function; {@code attribute}: written
   * {@code builtins.<name>}, else as a global.
   */
  static boolean isConstant(String name, boolean attribute) {
    return entry(name, attribute).map(e -> !e.type().contains("->"))
        .orElse(CONSTANTS.contains(name.startsWith("__") ? name.substring(2) : name));
  }

  static boolean isDeprecated(String name, boolean attribute) {
    return entry(name, attribute).map(e -> e.text().lines().anyMatch(line -> line.startsWith("Deprecated"))).orElse(false);
  }

  private static Optional<DocEntry> entry(String name, boolean attribute) {
    return attribute ? Documentation.builtin(name) : Documentation.global(name);
  }
}
