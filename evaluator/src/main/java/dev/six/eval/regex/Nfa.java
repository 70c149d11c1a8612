package dev.six.eval.regex;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.TreeMap;

/**
 * A pattern's automaton, built state by state exactly as libstdc++ builds it: the same states (a
 * bounded repeat copies its operand once per repetition), the same branch order and the same limit
 * of 100,000 states, past which Nix reports that the pattern exceeds the memory limit. Only {@link
 * NfaSearcher} runs it; building it also decides that limit for every pattern.
 */
final class Nfa {
  static final int MATCH = 0;
  static final int ALTERNATIVE = 1;
  static final int REPEAT = 2;
  static final int GROUP_BEGIN = 3;
  static final int GROUP_END = 4;
  static final int LINE_BEGIN = 5;
  static final int LINE_END = 6;
  static final int ACCEPT = 7;
  static final int DUMMY = 8;

  private static final int STATE_LIMIT = 100_000;

  /** A piece under construction: its first state and the state whose {@code next} continues it. */
  record Fragment(int start, int end) {}

  int[] op = new int[16];
  int[] next = new int[16];
  /** For ALTERNATIVE: the left branch; for REPEAT: one more repetition. */
  int[] alt = new int[16];
  /** For GROUP_BEGIN and GROUP_END: the group number. */
  int[] group = new int[16];
  ByteSet[] set = new ByteSet[16];
  int size;
  int groupCount;
  private final Deque<Integer> openGroups = new ArrayDeque<>();

  int insert(int opcode, int nextState, int altState, ByteSet bytes) throws RegexException {
    if (size == op.length) {
      int capacity = size * 2;
      op = Arrays.copyOf(op, capacity);
      next = Arrays.copyOf(next, capacity);
      alt = Arrays.copyOf(alt, capacity);
      group = Arrays.copyOf(group, capacity);
      set = Arrays.copyOf(set, capacity);
    }
    op[size] = opcode;
    next[size] = nextState;
    alt[size] = altState;
    set[size] = bytes;
    size++;
    if (size > STATE_LIMIT) {
      throw new RegexException(RegexException.Kind.TOO_LARGE, "more than " + STATE_LIMIT + " states");
    }
    return size - 1;
  }

  int insert(int opcode) throws RegexException {
    return insert(opcode, -1, -1, null);
  }

  int insertGroupBegin() throws RegexException {
    int index = groupCount++;
    openGroups.push(index);
    int s = insert(GROUP_BEGIN);
    group[s] = index;
    return s;
  }

  int insertGroupEnd() throws RegexException {
    int s = insert(GROUP_END);
    group[s] = openGroups.pop();
    return s;
  }

  /** Appends state {@code s} to {@code f}. */
  Fragment append(Fragment f, int s) {
    next[f.end()] = s;
    return new Fragment(f.start(), s);
  }

  Fragment append(Fragment f, Fragment g) {
    next[f.end()] = g.start();
    return new Fragment(f.start(), g.end());
  }

  private boolean hasAlt(int s) {
    return op[s] == ALTERNATIVE || op[s] == REPEAT;
  }

  /**
   * A copy of the states of {@code f}, walked depth-first from its start as libstdc++ walks them
   * (a state reached twice before it is copied is copied twice, which counts towards the limit).
   */
  Fragment copy(Fragment f) throws RegexException {
    TreeMap<Integer, Integer> copies = new TreeMap<>();
    Deque<Integer> stack = new ArrayDeque<>();
    stack.push(f.start());
    while (!stack.isEmpty()) {
      int u = stack.pop();
      int id = insert(op[u], next[u], alt[u], set[u]);
      group[id] = group[u];
      copies.put(u, id);
      if (hasAlt(u) && alt[u] != -1 && !copies.containsKey(alt[u])) {
        stack.push(alt[u]);
      }
      if (u == f.end()) {
        continue;
      }
      if (next[u] != -1 && !copies.containsKey(next[u])) {
        stack.push(next[u]);
      }
    }
    for (int v : copies.values()) {
      if (next[v] != -1) {
        next[v] = copies.get(next[v]);
      }
      if (hasAlt(v) && alt[v] != -1) {
        alt[v] = copies.get(alt[v]);
      }
    }
    return new Fragment(copies.get(f.start()), copies.get(f.end()));
  }

  /** Lets every transition skip the placeholder states construction needed. */
  void eliminateDummies() {
    for (int s = 0; s < size; s++) {
      while (next[s] >= 0 && op[next[s]] == DUMMY) {
        next[s] = next[next[s]];
      }
      if (hasAlt(s)) {
        while (alt[s] >= 0 && op[alt[s]] == DUMMY) {
          alt[s] = next[alt[s]];
        }
      }
    }
  }
}
