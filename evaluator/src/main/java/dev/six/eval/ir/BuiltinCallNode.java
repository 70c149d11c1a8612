package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.PrimOp;
import dev.six.eval.source.Pos;
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
    if (op.strictBinary != null) {
      return evalStrictBinary(st, env);
    }
    Value[] values = new Value[args.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = args[i].lazy(st, env);
    }
    return st.force(st.applyBuiltin(op, values, pos()));
  }

  /**
   * A strict binary built-in with its arguments evaluated in place, inside the call as their
   * thunks would be forced there: the same values, errors and call depth, without the thunks.
   */
  private Value evalStrictBinary(EvalState st, Env env) {
    Pos pos = pos();
    st.enterCall(pos);
    try {
      Value first = operand(st, env, args[0]);
      Value second = operand(st, env, args[1]);
      return op.strictBinary.apply(st, first, second, pos);
    } finally {
      st.exitCall();
    }
  }

  /**
   * What forcing the argument's lazy value gives. A variable or constant is read as it is (a
   * recursion in its thunk is reported where the thunk's code is, as when the built-in forces
   * it); anything else would be a fresh thunk that only this call can force, so it is evaluated.
   */
  private static Value operand(EvalState st, Env env, Node arg) {
    if (arg instanceof LocalVarNode || arg instanceof ConstNode) {
      return st.force(arg.lazy(st, env));
    }
    return arg.eval(st, env);
  }
}
