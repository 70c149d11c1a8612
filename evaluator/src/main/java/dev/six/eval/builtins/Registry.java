package dev.six.eval.builtins;

import dev.six.eval.runtime.PrimOp;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Collects the built-ins as groups register them: each becomes {@code builtins.NAME} and a global,
 * {@code NAME} for the few Nix exposes directly ({@code map}, {@code toString}, ...) and
 * {@code __NAME} for the rest, exactly as in Nix.
 */
public final class Registry {
  /** The built-ins Nix puts in the global scope under their own name. */
  private static final Set<String> PLAIN_GLOBALS = Set.of(
      "abort", "baseNameOf", "break", "derivation", "derivationStrict", "dirOf", "fetchGit", "fetchMercurial",
      "fetchTarball", "fetchTree", "fromTOML", "import", "isNull", "map", "placeholder", "removeAttrs",
      "scopedImport", "throw", "toString");

  private final Map<String, Value> builtins = new LinkedHashMap<>();

  public void primop(String name, int arity, PrimOp.Body body) {
    add(name, new PrimOp(name, arity, body));
  }

  public void strictBinary(String name, PrimOp.StrictBinary body) {
    add(name, new PrimOp(name, body));
  }

  public void constant(String name, Value value) {
    add(name, value);
  }

  private void add(String name, Value value) {
    if (builtins.put(name, value) != null) {
      throw new IllegalStateException("built-in '" + name + "' registered twice");
    }
  }

  /** Name to value, as {@code builtins} will hold them. */
  public Map<String, Value> builtins() {
    return builtins;
  }

  /** The global name of built-in {@code name}. */
  public static Symbol globalName(String name) {
    return Symbol.of(PLAIN_GLOBALS.contains(name) ? name : "__" + name);
  }
}
