package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/** A value known when lowering: literals, and global names such as {@code true} or {@code map}. */
public final class ConstNode extends Node {
  private final Value value;

  public ConstNode(SourceFile file, int offset, Value value) {
    super(file, offset);
    this.value = value;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    return st.force(value);
  }

  @Override
  public Value lazy(EvalState st, Env env) {
    return value;
  }

  public Value value() {
    return value;
  }
}
