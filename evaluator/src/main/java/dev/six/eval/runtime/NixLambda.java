package dev.six.eval.runtime;

import dev.six.eval.ir.LambdaNode;
import dev.six.eval.value.Value;
import dev.six.eval.value.ValueType;

/** A function value: the lambda's code and the environment it closes over. */
public final class NixLambda extends Value {
  public final LambdaNode node;
  public final Env env;

  public NixLambda(LambdaNode node, Env env) {
    this.node = node;
    this.env = env;
  }

  @Override
  public ValueType type() {
    return ValueType.FUNCTION;
  }
}
