package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.Symbol;

/** One element of an attribute path: a name known when lowering, or {@code ${e}}. */
public record AttrKey(Symbol name, Node dynamic) {

  public Symbol resolve(EvalState st, Env env) {
    if (name != null) {
      return name;
    }
    // Nix 2.8 reports a name that is not a string without a position.
    return Symbol.of(st.forceStringNoContext(dynamic.eval(st, env), null));
  }

  /** How Nix shows the element in messages. */
  public String show() {
    return name != null ? name.name : "\"${...}\"";
  }
}
