package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Positions;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/** {@code __curPos}: {@code { file; line; column; }} of where it is written. */
public final class PosNode extends Node {
  public PosNode(SourceFile file, int offset) {
    super(file, offset);
  }

  @Override
  public Value eval(EvalState st, Env env) {
    return Positions.toAttrs(pos());
  }
}
