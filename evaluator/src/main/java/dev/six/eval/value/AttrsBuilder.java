package dev.six.eval.value;

import dev.six.eval.source.Pos;
import java.util.Arrays;

/**
 * Collects names and values in any order and builds a sorted set. When a name is added twice, the
 * first value is kept ({@code listToAttrs} semantics); {@link #contains} lets callers report
 * duplicates instead.
 */
public final class AttrsBuilder {
  private Symbol[] keys;
  private Value[] values;
  private Pos[] positions;
  private int size;

  public AttrsBuilder(int capacity) {
    int c = Math.max(4, capacity);
    keys = new Symbol[c];
    values = new Value[c];
  }

  public AttrsBuilder add(Symbol key, Value value) {
    return add(key, value, null);
  }

  public AttrsBuilder add(String key, Value value) {
    return add(Symbol.of(key), value, null);
  }

  public AttrsBuilder add(Symbol key, Value value, Pos pos) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
      if (positions != null) {
        positions = Arrays.copyOf(positions, size * 2);
      }
    }
    if (pos != null && positions == null) {
      positions = new Pos[keys.length];
    }
    keys[size] = key;
    values[size] = value;
    if (positions != null) {
      positions[size] = pos;
    }
    size++;
    return this;
  }

  public int size() {
    return size;
  }

  public boolean contains(Symbol key) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        return true;
      }
    }
    return false;
  }

  public NixAttrs build() {
    return build(null);
  }

  /** The set, for a set literal written at {@code at} (null for other sets). */
  public NixAttrs build(Pos at) {
    if (size == 0) {
      return NixAttrs.EMPTY;
    }
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    // Stable: among equal names the first added stays first, and is the one kept.
    Arrays.sort(order, (x, y) -> keys[x].compareTo(keys[y]));
    Symbol[] k = new Symbol[size];
    Value[] v = new Value[size];
    Pos[] p = positions == null ? null : new Pos[size];
    int n = 0;
    for (int idx = 0; idx < size; idx++) {
      int i = order[idx];
      if (n > 0 && k[n - 1] == keys[i]) {
        continue;
      }
      k[n] = keys[i];
      v[n] = values[i];
      if (p != null) {
        p[n] = positions[i];
      }
      n++;
    }
    if (n < size) {
      k = Arrays.copyOf(k, n);
      v = Arrays.copyOf(v, n);
      if (p != null) {
        p = Arrays.copyOf(p, n);
      }
    }
    return new ArrayAttrs(k, v, p, at);
  }
}
