package dev.six.eval.regex;

import dev.six.eval.regex.EreScanner.Token;
import dev.six.eval.regex.Nfa.Fragment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Parses a POSIX extended regular expression with the grammar libstdc++ implements, building the
 * pattern's tree and its libstdc++-shaped automaton side by side. Where libstdc++ departs from
 * POSIX, this follows libstdc++: empty branches and empty groups are allowed ({@code a|},
 * {@code ()}), a quantifier may follow a quantifier ({@code a**}), but not an anchor or nothing
 * ({@code ^*}, {@code *a} and an unmatched {@code )} are errors), and repetition counts wrap
 * around as C++'s {@code int} does.
 */
final class EreCompiler {
  /** The result: the tree, the automaton and the number of groups (not counting the whole match). */
  record Compiled(Ere tree, Nfa nfa, int groups) {}

  private record Piece(Fragment fragment, Ere tree) {}

  private final EreScanner scanner;
  private final Nfa nfa = new Nfa();
  private final Deque<Piece> stack = new ArrayDeque<>();
  private String value;

  private EreCompiler(String pattern) throws RegexException {
    this.scanner = new EreScanner(pattern);
  }

  static Compiled compile(String pattern) throws RegexException {
    return new EreCompiler(pattern).compile();
  }

  private Compiled compile() throws RegexException {
    int begin = nfa.insertGroupBegin();
    disjunction();
    if (!accept(Token.EOF)) {
      throw RegexException.invalid("unmatched ')' or misplaced quantifier");
    }
    Piece body = stack.pop();
    Fragment all = nfa.append(new Fragment(begin, begin), body.fragment());
    all = nfa.append(all, nfa.insertGroupEnd());
    nfa.append(all, nfa.insert(Nfa.ACCEPT));
    nfa.eliminateDummies();
    return new Compiled(body.tree(), nfa, nfa.groupCount - 1);
  }

  private boolean accept(Token token) throws RegexException {
    if (scanner.token() != token) {
      return false;
    }
    value = scanner.value();
    scanner.advance();
    return true;
  }

  private void disjunction() throws RegexException {
    alternative();
    while (accept(Token.OR)) {
      Piece left = stack.pop();
      alternative();
      Piece right = stack.pop();
      int end = nfa.insert(Nfa.DUMMY);
      nfa.append(left.fragment(), end);
      nfa.append(right.fragment(), end);
      int branch = nfa.insert(Nfa.ALTERNATIVE, right.fragment().start(), left.fragment().start(), null);
      List<Ere> branches = new ArrayList<>();
      if (left.tree() instanceof Ere.Alternation a) {
        branches.addAll(a.branches());
      } else {
        branches.add(left.tree());
      }
      branches.add(right.tree());
      stack.push(new Piece(new Fragment(branch, end), new Ere.Alternation(List.copyOf(branches))));
    }
  }

  /** A branch: terms up to {@code |}, {@code )} or the end; libstdc++ closes each with a placeholder state. */
  private void alternative() throws RegexException {
    List<Piece> terms = new ArrayList<>();
    while (term()) {
      terms.add(stack.pop());
    }
    Fragment fragment = null;
    List<Ere> items = new ArrayList<>(terms.size());
    for (Piece term : terms) {
      fragment = fragment == null ? term.fragment() : nfa.append(fragment, term.fragment());
      items.add(term.tree());
    }
    int end = nfa.insert(Nfa.DUMMY);
    fragment = fragment == null ? new Fragment(end, end) : nfa.append(fragment, end);
    Ere tree = items.size() == 1 ? items.get(0) : new Ere.Sequence(List.copyOf(items));
    stack.push(new Piece(fragment, tree));
  }

  private boolean term() throws RegexException {
    if (accept(Token.LINE_BEGIN)) {
      push(nfa.insert(Nfa.LINE_BEGIN), new Ere.LineBegin());
      return true;
    }
    if (accept(Token.LINE_END)) {
      push(nfa.insert(Nfa.LINE_END), new Ere.LineEnd());
      return true;
    }
    if (!atom()) {
      return false;
    }
    while (quantifier()) {
      // Each quantifier applies to everything before it: a** is (a*)*.
    }
    return true;
  }

  private void push(int state, Ere tree) {
    stack.push(new Piece(new Fragment(state, state), tree));
  }

  private boolean atom() throws RegexException {
    if (accept(Token.ANY)) {
      pushChars(ByteSet.anyButNul());
    } else if (accept(Token.ORD_CHAR)) {
      pushChars(ByteSet.of(value.charAt(0)));
    } else if (accept(Token.SUBEXPR_BEGIN)) {
      int begin = nfa.insertGroupBegin();
      int index = nfa.group[begin];
      disjunction();
      if (!accept(Token.SUBEXPR_END)) {
        throw RegexException.invalid("unmatched '('");
      }
      Piece body = stack.pop();
      Fragment f = nfa.append(new Fragment(begin, begin), body.fragment());
      f = nfa.append(f, nfa.insertGroupEnd());
      stack.push(new Piece(f, new Ere.Group(index, body.tree())));
    } else if (accept(Token.BRACKET_NEG_BEGIN)) {
      pushChars(BracketExpression.parse(scanner, true));
    } else if (accept(Token.BRACKET_BEGIN)) {
      pushChars(BracketExpression.parse(scanner, false));
    } else {
      return false;
    }
    return true;
  }

  private void pushChars(ByteSet set) throws RegexException {
    push(nfa.insert(Nfa.MATCH, -1, -1, set), new Ere.Chars(set));
  }

  private boolean quantifier() throws RegexException {
    if (accept(Token.CLOSURE0)) {
      Piece e = stack.pop();
      int repeat = nfa.insert(Nfa.REPEAT, -1, e.fragment().start(), null);
      nfa.append(e.fragment(), repeat);
      push(repeat, new Ere.Repeat(e.tree(), 0, -1));
    } else if (accept(Token.CLOSURE1)) {
      Piece e = stack.pop();
      int repeat = nfa.insert(Nfa.REPEAT, -1, e.fragment().start(), null);
      stack.push(new Piece(nfa.append(e.fragment(), repeat), new Ere.Repeat(e.tree(), 1, -1)));
    } else if (accept(Token.OPT)) {
      Piece e = stack.pop();
      int end = nfa.insert(Nfa.DUMMY);
      int repeat = nfa.insert(Nfa.REPEAT, -1, e.fragment().start(), null);
      nfa.append(e.fragment(), end);
      stack.push(new Piece(nfa.append(new Fragment(repeat, repeat), end), new Ere.Repeat(e.tree(), 0, 1)));
    } else if (accept(Token.INTERVAL_BEGIN)) {
      interval();
    } else {
      return false;
    }
    return true;
  }

  /**
   * {@code {m}}, {@code {m,}} or {@code {m,n}}: libstdc++ copies the operand m times, then adds a
   * loop or n-m optional copies, each of which may exhaust the state limit.
   */
  private void interval() throws RegexException {
    if (!accept(Token.DUP_COUNT)) {
      throw RegexException.invalid("interval without a count");
    }
    Piece operand = stack.pop();
    int first = nfa.insert(Nfa.DUMMY);
    Fragment e = new Fragment(first, first);
    long min = intValue(value);
    boolean unbounded = false;
    long optional = 0;
    if (accept(Token.COMMA)) {
      if (accept(Token.DUP_COUNT)) {
        optional = intValue(value) - min;
      } else {
        unbounded = true;
      }
    }
    if (!accept(Token.INTERVAL_END)) {
      throw RegexException.invalid("unterminated interval");
    }
    for (long i = 0; i < min; i++) {
      e = nfa.append(e, nfa.copy(operand.fragment()));
    }
    if (unbounded) {
      Fragment loop = nfa.copy(operand.fragment());
      int repeat = nfa.insert(Nfa.REPEAT, -1, loop.start(), null);
      nfa.append(loop, repeat);
      e = nfa.append(e, repeat);
    } else {
      if (optional < 0) {
        throw RegexException.invalid("interval with its maximum below its minimum");
      }
      int end = nfa.insert(Nfa.DUMMY);
      List<Integer> choices = new ArrayList<>();
      for (long i = 0; i < optional; i++) {
        Fragment copy = nfa.copy(operand.fragment());
        // "One more" is the alternative, "no more" the next state, as for the other repeats.
        int choice = nfa.insert(Nfa.REPEAT, end, copy.start(), null);
        choices.add(choice);
        e = nfa.append(e, new Fragment(choice, copy.end()));
      }
      e = nfa.append(e, end);
    }
    int mandatory = (int) Math.max(0, min);
    int max = unbounded ? -1 : (int) (mandatory + optional);
    stack.push(new Piece(e, new Ere.Repeat(operand.tree(), mandatory, max)));
  }

  /** A count as libstdc++ reads it: digits accumulated in a wrapping 64-bit long, then cut to an int. */
  private static long intValue(String digits) {
    long v = 0;
    for (int i = 0; i < digits.length(); i++) {
      v = v * 10 + (digits.charAt(i) - '0');
    }
    return (int) v;
  }
}
