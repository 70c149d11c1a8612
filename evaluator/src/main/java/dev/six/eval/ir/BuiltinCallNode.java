package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.PrimOp;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/**
 * A call of a global built-in with all its arguments ({@code a - b} is {@code __sub a b}): the
 * arguments go straight to the built-in, without partial applications in between.
 */
public final class BuiltinCallNode extends Node {
  private final PrimOp op;
  private final Node[] args;

  public BuiltinCallNode(SourceFile file, int offset, PrimOp op, Node[] args) {
    super(file, offset);
    this.op = op;
    this.args = args;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    Value[] values = new Value[args.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = args[i].lazy(st, env);
    }
    return st.force(st.applyBuiltin(op, values, pos()));
  }
}
