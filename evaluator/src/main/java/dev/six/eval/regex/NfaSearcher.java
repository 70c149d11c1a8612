package dev.six.eval.regex;

import java.util.Arrays;

/**
 * Runs an {@link Nfa} the way libstdc++'s depth-first executor runs it for POSIX grammars. The
 * rules that make its matches differ from Java's: both sides of every {@code |} are explored and
 * the longest match found wins (the first of equally long ones), but a greedy repeat that found a
 * match by repeating once more never tries repeating less; a repeat may take an empty turn twice
 * at one position. Frames on an explicit stack replace recursion, so long inputs cannot overflow
 * the Java stack.
 */
final class NfaSearcher {
  /** The search may not return an empty match. */
  static final int NOT_NULL = 1;
  /** Only a match starting at the search's start counts. */
  static final int CONTINUOUS = 2;
  /** The start is not the start of the string, so {@code ^} cannot match there. */
  static final int PREV_AVAIL = 4;

  private static final int NEXT = 0;
  private static final int FALLBACK_NEXT = 1;
  private static final int POSIX_ALTERNATIVE = 2;
  private static final int MERGE_SOLUTION = 3;
  private static final int RESTORE_GROUP_START = 4;
  private static final int RESTORE_GROUP_END = 5;
  private static final int RESTORE_REPEAT = 6;
  private static final int DECREMENT_REPEAT = 7;

  private final Nfa nfa;
  private final String input;
  private final boolean exact;
  private int flags;
  private int begin;
  private int current;
  private boolean hasSolution;
  private int solutionEnd;
  private final int[] groupStart;
  private final int[] groupEnd;
  private final boolean[] groupMatched;
  private int[] result;
  private final int[] repeatPos;
  private final int[] repeatCount;
  private int[] frames = new int[64];
  private int top;

  private NfaSearcher(Nfa nfa, String input, int begin, int flags, boolean exact) {
    this.nfa = nfa;
    this.input = input;
    this.begin = begin;
    this.flags = flags;
    this.exact = exact;
    this.groupStart = new int[nfa.groupCount];
    this.groupEnd = new int[nfa.groupCount];
    this.groupMatched = new boolean[nfa.groupCount];
    this.repeatPos = new int[nfa.size];
    this.repeatCount = new int[nfa.size];
  }

  /**
   * {@code std::regex_search} from {@code start}: the start and end of the whole match and then
   * of each group ({@code -1} for a group that did not take part), or null without a match.
   */
  static int[] search(Nfa nfa, String input, int start, int flags) {
    NfaSearcher s = new NfaSearcher(nfa, input, start, flags, false);
    if (s.searchHere()) {
      return s.result;
    }
    if ((s.flags & CONTINUOUS) != 0) {
      return null;
    }
    s.flags |= PREV_AVAIL;
    while (s.begin < input.length()) {
      s.begin++;
      if (s.searchHere()) {
        return s.result;
      }
    }
    return null;
  }

  /** {@code std::regex_match}: the groups of a match of the whole input, or null. */
  static int[] matchWhole(Nfa nfa, String input) {
    NfaSearcher s = new NfaSearcher(nfa, input, 0, 0, true);
    return s.searchHere() ? s.result : null;
  }

  private boolean searchHere() {
    current = begin;
    hasSolution = false;
    solutionEnd = -1;
    Arrays.fill(groupMatched, false);
    push(NEXT, 0, 0, 0);
    while (top > 0) {
      top -= 4;
      int a = frames[top + 1];
      int b = frames[top + 2];
      int c = frames[top + 3];
      switch (frames[top]) {
        case FALLBACK_NEXT:
          if (hasSolution) {
            break;
          }
          current = b;
          visit(a);
          break;
        case POSIX_ALTERNATIVE:
          push(MERGE_SOLUTION, hasSolution ? 1 : 0, 0, 0);
          push(NEXT, a, 0, 0);
          current = b;
          hasSolution = false;
          break;
        case MERGE_SOLUTION:
          hasSolution |= a != 0;
          break;
        case RESTORE_GROUP_START:
          groupStart[a] = b;
          break;
        case RESTORE_GROUP_END:
          groupEnd[a] = b;
          groupMatched[a] = c != 0;
          break;
        case RESTORE_REPEAT:
          repeatPos[a] = b;
          repeatCount[a] = c;
          break;
        case DECREMENT_REPEAT:
          repeatCount[a]--;
          break;
        default:
          visit(a);
          break;
      }
    }
    return hasSolution;
  }

  private void visit(int s) {
    switch (nfa.op[s]) {
      case Nfa.REPEAT:
        push(FALLBACK_NEXT, nfa.next[s], current, 0);
        repeatOnceMore(s);
        break;
      case Nfa.ALTERNATIVE:
        push(POSIX_ALTERNATIVE, nfa.next[s], current, 0);
        push(NEXT, nfa.alt[s], 0, 0);
        break;
      case Nfa.GROUP_BEGIN: {
        int g = nfa.group[s];
        push(RESTORE_GROUP_START, g, groupStart[g], 0);
        groupStart[g] = current;
        push(NEXT, nfa.next[s], 0, 0);
        break;
      }
      case Nfa.GROUP_END: {
        int g = nfa.group[s];
        push(RESTORE_GROUP_END, g, groupEnd[g], groupMatched[g] ? 1 : 0);
        groupEnd[g] = current;
        groupMatched[g] = true;
        push(NEXT, nfa.next[s], 0, 0);
        break;
      }
      case Nfa.LINE_BEGIN:
        if (current == begin && (flags & PREV_AVAIL) == 0) {
          push(NEXT, nfa.next[s], 0, 0);
        }
        break;
      case Nfa.LINE_END:
        if (current == input.length()) {
          push(NEXT, nfa.next[s], 0, 0);
        }
        break;
      case Nfa.MATCH:
        if (current < input.length() && nfa.set[s].contains(input.charAt(current))) {
          current++;
          push(NEXT, nfa.next[s], 0, 0);
        }
        break;
      case Nfa.ACCEPT:
        accept();
        break;
      default:
        throw new IllegalStateException("state " + s + " has opcode " + nfa.op[s]);
    }
  }

  /** A repeat's "once more": at most twice in a row at the same position, so empty turns end. */
  private void repeatOnceMore(int s) {
    if (repeatCount[s] == 0 || repeatPos[s] != current) {
      push(RESTORE_REPEAT, s, repeatPos[s], repeatCount[s]);
      repeatPos[s] = current;
      repeatCount[s] = 1;
      push(NEXT, nfa.alt[s], 0, 0);
    } else if (repeatCount[s] < 2) {
      repeatCount[s]++;
      push(DECREMENT_REPEAT, s, 0, 0);
      push(NEXT, nfa.alt[s], 0, 0);
    }
  }

  private void accept() {
    hasSolution = !exact || current == input.length();
    if (current == begin && (flags & NOT_NULL) != 0) {
      hasSolution = false;
    }
    if (hasSolution && (solutionEnd < 0 || solutionEnd - begin < current - begin)) {
      solutionEnd = current;
      result = new int[2 * nfa.groupCount];
      for (int g = 0; g < nfa.groupCount; g++) {
        result[2 * g] = groupMatched[g] ? groupStart[g] : -1;
        result[2 * g + 1] = groupMatched[g] ? groupEnd[g] : -1;
      }
    }
  }

  private void push(int op, int a, int b, int c) {
    if (top + 4 > frames.length) {
      frames = Arrays.copyOf(frames, frames.length * 2);
    }
    frames[top] = op;
    frames[top + 1] = a;
    frames[top + 2] = b;
    frames[top + 3] = c;
    top += 4;
  }
}
