package dev.six.eval.ir;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.probe.RecordedSite;
import dev.six.eval.probe.ValueRecorder;
import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.runtime.WithEnv;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;

/**
 * A name no lexical scope binds, but some {@code with} might: looked up in the enclosing
 * {@code with} sets, innermost first, at the levels lowering recorded.
 */
public final class WithVarNode extends Node {
  private final Symbol name;
  /** Levels (from the current environment) of the enclosing {@code with}s, innermost first. */
  private final int[] withLevels;
  /** Where the value found is recorded (a watched file's, see {@link ValueRecorder}), or null. */
  private RecordedSite site;

  public WithVarNode(SourceFile file, int offset, Symbol name, int[] withLevels) {
    super(file, offset);
    this.name = name;
    this.withLevels = withLevels;
  }

  /** Records the value each lookup finds into {@code site}. */
  public void recordInto(RecordedSite site) {
    this.site = site;
  }

  private Value lookup(EvalState st, Env env) {
    for (int level : withLevels) {
      WithEnv with = (WithEnv) env.up(level);
      // Nix 2.8 reports a with-expression that is not a set without a position.
      NixAttrs attrs = st.forceAttrs(with.attrs, null);
      Value v = attrs.get(name);
      if (v != null) {
        if (site != null) {
          site.record(v);
        }
        return v;
      }
    }
    throw new EvalError(ErrorKind.UNDEFINED_VARIABLE, "undefined variable '" + name.name + "'", pos());
  }

  @Override
  public Value eval(EvalState st, Env env) {
    Value v = lookup(st, env);
    return v instanceof Thunk t ? t.force(st, this) : v;
  }

  @Override
  public Value lazy(EvalState st, Env env) {
    // Nix looks the name up only when the value is needed.
    return super.lazy(st, env);
  }
}
