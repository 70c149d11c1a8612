package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Equality;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.Value;

/** {@code ==} and {@code !=}. */
public final class EqualsNode extends Node {
  private final boolean negated;
  private final Node left;
  private final Node right;

  public EqualsNode(SourceFile file, int offset, boolean negated, Node left, Node right) {
    super(file, offset);
    this.negated = negated;
    this.left = left;
    this.right = right;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    boolean equal = Equality.equal(st, left.eval(st, env), right.eval(st, env), pos());
    return NixBool.of(equal != negated);
  }
}
