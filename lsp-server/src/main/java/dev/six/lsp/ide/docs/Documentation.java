package dev.six.lsp.ide.docs;

import dev.six.grammar.desugar.ScopeChecker;
import java.util.Map;
import java.util.Optional;

/**
 * The documentation the server shows in hovers and completions: every built-in and Nix global
 * ({@code builtins.md}) and every infuse sugar ({@code infuse-sugars.md}), looked up by the
 * name as it is written in the source.
 */
public final class Documentation {
  private static final Map<String, DocEntry> BUILTINS = DocFile.load("builtins.md");
  private static final Map<String, DocEntry> SUGARS = DocFile.load("infuse-sugars.md");

  private Documentation() {}

  /** Every built-in's entry, by its {@code builtins} attribute name (and {@code __curPos}). */
  public static Map<String, DocEntry> builtins() {
    return BUILTINS;
  }

  /** Every infuse sugar's entry, by its key ({@code __append}). */
  public static Map<String, DocEntry> sugars() {
    return SUGARS;
  }

  /** {@code builtins.NAME}. */
  public static Optional<DocEntry> builtin(String name) {
    return name.startsWith("__") ? Optional.empty() : Optional.ofNullable(BUILTINS.get(name));
  }

  /**
   * A name in the global scope: a built-in under its own name ({@code map}, {@code true}), one
   * under a {@code __} name ({@code __foldl'} is {@code builtins.foldl'}), or {@code __curPos}.
   */
  public static Optional<DocEntry> global(String name) {
    if (name.startsWith("__") && BUILTINS.containsKey(name)) {
      return Optional.of(BUILTINS.get(name));
    }
    if (!ScopeChecker.globalNames().contains(name)) {
      return Optional.empty();
    }
    return Optional.ofNullable(BUILTINS.get(name.startsWith("__") ? name.substring(2) : name));
  }

  /** An infusion key. */
  public static Optional<DocEntry> sugar(String key) {
    return Optional.ofNullable(SUGARS.get(key));
  }
}
