package dev.six.grammar.syntax;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a {@link SyntaxTree} bottom-up: children are built first and sit on a stack of finished
 * subtrees; {@link #node} turns the topmost of them into the children of a new node. Both parsers
 * (the index parser directly, the Xtext parser through its lowering) build trees this way.
 */
public final class SyntaxTreeBuilder {
  /**
   * Names (identifiers, attribute names) are shared by all trees: a workspace has a few thousand
   * distinct names but hundreds of thousands of uses, and one String per file and name would be
   * most of the index's heap.
   */
  private static final Map<String, String> SHARED_NAMES = new ConcurrentHashMap<>();
  private byte[] kinds;
  private int[] starts;
  private int[] ends;
  private int[] sizes;
  private int[] data;
  private int count;
  private int[] stack = new int[64];
  private int depth;
  private final Map<String, Integer> stringIndex = new HashMap<>();
  private String[] strings = new String[64];
  private int stringCount;
  private long[] ints = new long[16];
  private int intCount;
  private double[] floats = new double[4];
  private int floatCount;

  public SyntaxTreeBuilder(int expectedNodes) {
    int capacity = Math.max(16, expectedNodes);
    kinds = new byte[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    sizes = new int[capacity];
    data = new int[capacity];
  }

  /** Current number of finished subtrees not yet given a parent. */
  public int mark() {
    return depth;
  }

  /** Adds a node without children. */
  public int leaf(SyntaxKind kind, int start, int end, int payload) {
    return append(kind, start, end, payload, 1);
  }

  /** Adds a node whose children are the subtrees finished since {@code mark}. */
  public int node(SyntaxKind kind, int start, int end, int payload, int mark) {
    int size = 1;
    for (int i = mark; i < depth; i++) {
      size += sizes[stack[i]];
    }
    depth = mark;
    return append(kind, start, end, payload, size);
  }

  private int append(SyntaxKind kind, int start, int end, int payload, int size) {
    if (count == kinds.length) {
      int capacity = count * 2;
      kinds = Arrays.copyOf(kinds, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      sizes = Arrays.copyOf(sizes, capacity);
      data = Arrays.copyOf(data, capacity);
    }
    int n = count++;
    kinds[n] = (byte) kind.ordinal();
    starts[n] = start;
    ends[n] = end;
    sizes[n] = size;
    data[n] = payload;
    if (depth == stack.length) {
      stack = Arrays.copyOf(stack, depth * 2);
    }
    stack[depth++] = n;
    return n;
  }

  /** The start offset of node {@code node}, as returned by {@link #leaf} or {@link #node}. */
  public int start(int node) {
    return starts[node];
  }

  /** The end offset of node {@code node}. */
  public int end(int node) {
    return ends[node];
  }

  /** The start offset of the finished subtree {@code index} places below the top (0 = top). */
  public int startOfPending(int index) {
    return starts[stack[depth - 1 - index]];
  }

  /** The kind of the topmost finished subtree. */
  public SyntaxKind kindOfTop() {
    return SyntaxKind.values()[kinds[stack[depth - 1]]];
  }

  /** Index of the name {@code s} in the string table, adding it once; the String is shared. */
  public int name(String s) {
    Integer index = stringIndex.get(s);
    if (index != null) {
      return index;
    }
    String shared = SHARED_NAMES.putIfAbsent(s, s);
    return add(shared == null ? s : shared);
  }

  /** Index of the literal text {@code s} in the string table, adding it once. */
  public int string(String s) {
    Integer index = stringIndex.get(s);
    if (index != null) {
      return index;
    }
    return add(s);
  }

  private int add(String s) {
    if (stringCount == strings.length) {
      strings = Arrays.copyOf(strings, stringCount * 2);
    }
    strings[stringCount] = s;
    stringIndex.put(s, stringCount);
    return stringCount++;
  }

  public int intLiteral(long value) {
    if (intCount == ints.length) {
      ints = Arrays.copyOf(ints, intCount * 2);
    }
    ints[intCount] = value;
    return intCount++;
  }

  public int floatLiteral(double value) {
    if (floatCount == floats.length) {
      floats = Arrays.copyOf(floats, floatCount * 2);
    }
    floats[floatCount] = value;
    return floatCount++;
  }

  /**
   * Finishes the tree. If more than one subtree is pending (only after syntax errors), they are
   * wrapped in one ERROR root so that the tree still has a single root.
   */
  public SyntaxTree build(LineMap lines, int textLength) {
    if (depth > 1) {
      node(SyntaxKind.ERROR, starts[stack[0]], textLength, -1, 0);
    } else if (depth == 0) {
      leaf(SyntaxKind.ERROR, textLength, textLength, -1);
    }
    return new SyntaxTree(
        Arrays.copyOf(kinds, count),
        Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count),
        Arrays.copyOf(sizes, count),
        Arrays.copyOf(data, count),
        count,
        Arrays.copyOf(strings, stringCount),
        Arrays.copyOf(ints, intCount),
        Arrays.copyOf(floats, floatCount),
        lines);
  }
}
