package dev.six.eval.value;

import dev.six.eval.source.Pos;

/** An attribute set as sorted parallel arrays; lookups are a binary search over the names. */
public final class ArrayAttrs extends NixAttrs {
  final Symbol[] keys;
  final Value[] values;
  /** Positions by index, or null when none is known. */
  final Pos[] positions;

  /** Where the set literal was written, or null. */
  private final Pos pos;

  /** {@code keys} must be sorted and distinct; the arrays are not copied. */
  ArrayAttrs(Symbol[] keys, Value[] values, Pos[] positions) {
    this(keys, values, positions, null);
  }

  ArrayAttrs(Symbol[] keys, Value[] values, Pos[] positions, Pos pos) {
    this.keys = keys;
    this.values = values;
    this.positions = positions;
    this.pos = pos;
  }

  @Override
  public Pos pos() {
    return pos;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  boolean isEmptyKnown() {
    return keys.length == 0;
  }

  int indexOf(Symbol key) {
    Symbol[] k = keys;
    if (k.length <= 8) {
      for (int i = 0; i < k.length; i++) {
        if (k[i] == key) {
          return i;
        }
      }
      return -1;
    }
    int lo = 0;
    int hi = k.length - 1;
    String name = key.name;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Symbol s = k[mid];
      if (s == key) {
        return mid;
      }
      int c = s.name.compareTo(name);
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  @Override
  public Value get(Symbol key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public Pos positionOf(Symbol key) {
    if (positions == null) {
      return null;
    }
    int i = indexOf(key);
    return i < 0 ? null : positions[i];
  }

  @Override
  public ArrayAttrs flat() {
    return this;
  }

  Pos positionAt(int i) {
    return positions == null ? null : positions[i];
  }
}
