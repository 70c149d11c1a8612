package dev.six.grammar.syntax;

import java.util.Arrays;

/**
 * A parsed Nix file as a compact, immutable tree: nodes live in parallel arrays in post-order, so a
 * node's subtree is the contiguous range {@code [n - size(n) + 1, n]} and its last child is
 * {@code n - 1}. That layout costs about 17 bytes per node, which is what lets the workspace index
 * keep thousands of files parsed (see bench/).
 *
 * <p>Names and literal texts are stored once per tree in a string table; {@code data(n)} holds the
 * index (see {@link SyntaxKind} for what each kind keeps there).
 */
public final class SyntaxTree {
  private static final SyntaxKind[] KINDS = SyntaxKind.values();

  private final byte[] kinds;
  private final int[] starts;
  private final int[] ends;
  private final int[] sizes;
  private final int[] data;
  private final int count;
  private final String[] strings;
  private final long[] ints;
  private final double[] floats;
  private final LineMap lines;

  SyntaxTree(
      byte[] kinds,
      int[] starts,
      int[] ends,
      int[] sizes,
      int[] data,
      int count,
      String[] strings,
      long[] ints,
      double[] floats,
      LineMap lines) {
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.sizes = sizes;
    this.data = data;
    this.count = count;
    this.strings = strings;
    this.ints = ints;
    this.floats = floats;
    this.lines = lines;
  }

  /** Number of nodes. */
  public int nodeCount() {
    return count;
  }

  /** The root expression, or -1 for a tree without nodes. */
  public int root() {
    return count - 1;
  }

  public SyntaxKind kind(int node) {
    return KINDS[kinds[node]];
  }

  public int start(int node) {
    return starts[node];
  }

  public int end(int node) {
    return ends[node];
  }

  public int data(int node) {
    return data[node];
  }

  /** Number of nodes in the subtree rooted at {@code node}, itself included. */
  public int subtreeSize(int node) {
    return sizes[node];
  }

  public LineMap lines() {
    return lines;
  }

  /** The string a VAR, ATTR_ID, FORMAL, LAMBDA, text or path node carries in {@code data}. */
  public String string(int node) {
    int index = data[node];
    return index < 0 ? null : strings[index];
  }

  public long intValue(int node) {
    return ints[data[node]];
  }

  public double floatValue(int node) {
    return floats[data[node]];
  }

  public int childCount(int node) {
    int first = node - sizes[node] + 1;
    int n = 0;
    for (int c = node - 1; c >= first; c -= sizes[c]) {
      n++;
    }
    return n;
  }

  /** The children of {@code node}, first to last. */
  public int[] children(int node) {
    int first = node - sizes[node] + 1;
    int n = childCount(node);
    int[] result = new int[n];
    for (int c = node - 1; c >= first; c -= sizes[c]) {
      result[--n] = c;
    }
    return result;
  }

  /** The {@code index}-th child (from the first), or -1. */
  public int child(int node, int index) {
    int[] all = children(node);
    return index < all.length ? all[index] : -1;
  }

  /** The last child, or -1. */
  public int lastChild(int node) {
    return sizes[node] > 1 ? node - 1 : -1;
  }

  /** The parent of every node; the root's parent is -1. Computed on each call. */
  public int[] parents() {
    int[] parents = new int[count];
    Arrays.fill(parents, -1);
    for (int n = 0; n < count; n++) {
      int first = n - sizes[n] + 1;
      for (int c = n - 1; c >= first; c -= sizes[c]) {
        parents[c] = n;
      }
    }
    return parents;
  }

  /** Approximate bytes this tree retains, for the benchmark's heap accounting. */
  public long retainedBytes() {
    long bytes = 16L * 4 + kinds.length + 4L * (starts.length + ends.length + sizes.length + data.length);
    for (String s : strings) {
      if (s != null) {
        bytes += 24 + 16 + s.length();
      }
    }
    bytes += 16 + 4L * strings.length + 16 + 8L * ints.length + 16 + 8L * floats.length;
    bytes += lines.retainedBytes();
    return bytes;
  }
}
