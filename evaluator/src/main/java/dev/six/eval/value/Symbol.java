package dev.six.eval.value;

import java.util.concurrent.ConcurrentHashMap;

/**
 * An interned attribute name: equal names are the same object, so lookups compare references.
 * Symbols order by their bytes, which is how Nix sorts attribute names.
 */
public final class Symbol implements Comparable<Symbol> {
  /**
   * Sized for nixpkgs' lib and its tests (some 8,000 names), so that a run does not spend its first
   * milliseconds, before the JIT has compiled the table, copying it into ever larger arrays.
   */
  private static final ConcurrentHashMap<String, Symbol> TABLE = new ConcurrentHashMap<>(1 << 14);

  public final String name;

  private Symbol(String name) {
    this.name = name;
  }

  public static Symbol of(String name) {
    Symbol symbol = TABLE.get(name);
    if (symbol != null) {
      return symbol;
    }
    return TABLE.computeIfAbsent(name, Symbol::new);
  }

  @Override
  public int compareTo(Symbol other) {
    return this == other ? 0 : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
