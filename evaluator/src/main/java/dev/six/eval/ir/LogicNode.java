package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.Value;

/** {@code &&}, {@code ||} and {@code ->}: Booleans, the right side evaluated only when needed. */
public final class LogicNode extends Node {
  public enum Op {
    AND,
    OR,
    IMPLIES
  }

  private final Op op;
  private final Node left;
  private final Node right;

  public LogicNode(SourceFile file, int offset, Op op, Node left, Node right) {
    super(file, offset);
    this.op = op;
    this.left = left;
    this.right = right;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    boolean l = st.forceBool(left.eval(st, env), pos());
    switch (op) {
      case AND:
        return l ? NixBool.of(st.forceBool(right.eval(st, env), pos())) : NixBool.FALSE;
      case OR:
        return l ? NixBool.TRUE : NixBool.of(st.forceBool(right.eval(st, env), pos()));
      default:
        return l ? NixBool.of(st.forceBool(right.eval(st, env), pos())) : NixBool.TRUE;
    }
  }
}
