package dev.six.eval.value;

import dev.six.eval.source.Pos;

/**
 * {@code left // right} without copying: lookups try {@code right}, then {@code left}. The sorted
 * arrays are merged once, when the set is first iterated or counted. Chains are kept short: an
 * update of an update deeper than {@link #MAX_DEPTH} is merged at once, so lookups stay cheap.
 */
final class UpdatedAttrs extends NixAttrs {
  private static final int MAX_DEPTH = 16;

  private final NixAttrs left;
  private final NixAttrs right;
  private final int depth;
  private volatile ArrayAttrs merged;

  private UpdatedAttrs(NixAttrs left, NixAttrs right, int depth) {
    this.left = left;
    this.right = right;
    this.depth = depth;
  }

  static NixAttrs of(NixAttrs left, NixAttrs right) {
    int depth = 1 + Math.max(depthOf(left), depthOf(right));
    UpdatedAttrs updated = new UpdatedAttrs(left, right, depth);
    if (depth > MAX_DEPTH) {
      return updated.flat();
    }
    return updated;
  }

  private static int depthOf(NixAttrs attrs) {
    return attrs instanceof UpdatedAttrs u && u.merged == null ? u.depth : 0;
  }

  @Override
  public int size() {
    return flat().size();
  }

  @Override
  public Value get(Symbol key) {
    ArrayAttrs m = merged;
    if (m != null) {
      return m.get(key);
    }
    Value v = right.get(key);
    return v != null ? v : left.get(key);
  }

  @Override
  public Pos positionOf(Symbol key) {
    ArrayAttrs m = merged;
    if (m != null) {
      return m.positionOf(key);
    }
    if (right.get(key) != null) {
      return right.positionOf(key);
    }
    return left.positionOf(key);
  }

  /**
   * Merges the whole chain below this set in one pass: the right-hand sides (small, typically)
   * are merged together first, then once with the set at the bottom of the chain. Merging level
   * by level would copy the large bottom set once per level.
   */
  @Override
  public ArrayAttrs flat() {
    ArrayAttrs m = merged;
    if (m != null) {
      return m;
    }
    java.util.ArrayList<NixAttrs> rights = new java.util.ArrayList<>();
    NixAttrs bottom = this;
    while (bottom instanceof UpdatedAttrs u && u.merged == null) {
      rights.add(u.right);
      bottom = u.left;
    }
    // rights: nearest first; earlier updates are overridden by later (nearer) ones.
    ArrayAttrs overlay = rights.get(rights.size() - 1).flat();
    for (int i = rights.size() - 2; i >= 0; i--) {
      overlay = merge(overlay, rights.get(i).flat());
    }
    m = merge(bottom.flat(), overlay);
    merged = m;
    return m;
  }

  private static ArrayAttrs merge(ArrayAttrs a, ArrayAttrs b) {
    int n = a.keys.length;
    int m = b.keys.length;
    Symbol[] keys = new Symbol[n + m];
    Value[] values = new Value[n + m];
    boolean withPositions = a.positions != null || b.positions != null;
    Pos[] positions = withPositions ? new Pos[n + m] : null;
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < n || j < m) {
      int c;
      if (i == n) {
        c = 1;
      } else if (j == m) {
        c = -1;
      } else {
        c = a.keys[i].compareTo(b.keys[j]);
      }
      if (c < 0) {
        keys[k] = a.keys[i];
        values[k] = a.values[i];
        if (withPositions) {
          positions[k] = a.positionAt(i);
        }
        i++;
      } else {
        keys[k] = b.keys[j];
        values[k] = b.values[j];
        if (withPositions) {
          positions[k] = b.positionAt(j);
        }
        j++;
        if (c == 0) {
          i++;
        }
      }
      k++;
    }
    if (k < n + m) {
      keys = java.util.Arrays.copyOf(keys, k);
      values = java.util.Arrays.copyOf(values, k);
      if (withPositions) {
        positions = java.util.Arrays.copyOf(positions, k);
      }
    }
    return new ArrayAttrs(keys, values, positions);
  }
}
