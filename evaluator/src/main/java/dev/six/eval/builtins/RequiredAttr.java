package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.source.Pos;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;

/**
 * An attribute a built-in needs from a set it was given ({@code getAttr}'s name, the {@code name}
 * and {@code value} of a {@code listToAttrs} pair, ...). Nix 2.8 reports one that is missing in its
 * own words, at the set literal when the set is one, else at the call.
 */
final class RequiredAttr {
  private RequiredAttr() {}

  static Value get(NixAttrs set, Symbol name, String function, Pos callPos) {
    Value v = set.get(name);
    if (v == null) {
      String message = "attribute '" + name.name + "' missing for call to '" + function + "'";
      if (set.pos() == null) {
        throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, message, callPos);
      }
      throw (EvalError) new EvalError(ErrorKind.MISSING_ATTRIBUTE, message, set.pos())
          .addTrace("while invoking '" + function + "'", callPos);
    }
    return v;
  }
}
