package dev.six.eval.value;

import dev.six.eval.source.Pos;

/**
 * An attribute set: names in sorted order with their (possibly unevaluated) values and, where known,
 * the position that defined them. Two representations: {@link ArrayAttrs} (sorted arrays) and
 * {@link UpdatedAttrs}, the result of {@code //}, which answers lookups from its two sides and
 * builds its sorted arrays only when iterated, so that adding a few names to a large set costs
 * little.
 */
public abstract class NixAttrs extends Value {
  public static final NixAttrs EMPTY = new ArrayAttrs(new Symbol[0], new Value[0], null);

  NixAttrs() {}

  /**
   * A set from names already sorted and distinct, their values and (optionally, may be null or
   * contain nulls) positions. The arrays are not copied.
   */
  public static NixAttrs ofSorted(Symbol[] keys, Value[] values, Pos[] positions) {
    return keys.length == 0 ? EMPTY : new ArrayAttrs(keys, values, positions);
  }

  /** As {@link #ofSorted(Symbol[], Value[], Pos[])}, for a set literal written at {@code at}. */
  public static NixAttrs ofSorted(Symbol[] keys, Value[] values, Pos[] positions, Pos at) {
    return keys.length == 0 ? EMPTY : new ArrayAttrs(keys, values, positions, at);
  }

  @Override
  public final ValueType type() {
    return ValueType.ATTRS;
  }

  public abstract int size();

  public boolean isEmpty() {
    return size() == 0;
  }

  /** The value of {@code key}, or null when absent. */
  public abstract Value get(Symbol key);

  /** Where {@code key} was defined, or null when unknown or absent. */
  public abstract Pos positionOf(Symbol key);

  /**
   * Where the set was written, for a (non-empty) set literal; null for the sets built otherwise.
   * Nix 2.8 reports an attribute a built-in needs but does not find there.
   */
  public Pos pos() {
    return null;
  }

  public boolean has(Symbol key) {
    return get(key) != null;
  }

  public Value get(String key) {
    return get(Symbol.of(key));
  }

  /** The sorted arrays of this set. */
  public abstract ArrayAttrs flat();

  public Symbol keyAt(int i) {
    return flat().keys[i];
  }

  public Value valueAt(int i) {
    return flat().values[i];
  }

  /** {@code this // right}. */
  public NixAttrs update(NixAttrs right) {
    if (right.isEmptyKnown()) {
      return this;
    }
    if (isEmptyKnown()) {
      return right;
    }
    return UpdatedAttrs.of(this, right);
  }

  /** True when the set is known to be empty without flattening. */
  boolean isEmptyKnown() {
    return false;
  }
}
