package dev.six.eval.builtins;

import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.util.function.Predicate;

/** {@code typeOf} and the {@code isX} predicates. */
final class TypeBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("typeOf", 1, (st, a, pos) -> NixString.of(st.force(a[0]).type().typeOf()));
    predicate(r, "isNull", v -> v instanceof NixNull);
    predicate(r, "isFunction", EvalState::isFunction);
    predicate(r, "isInt", v -> v instanceof NixInt);
    predicate(r, "isFloat", v -> v instanceof NixFloat);
    predicate(r, "isBool", v -> v instanceof NixBool);
    predicate(r, "isString", v -> v instanceof NixString);
    predicate(r, "isPath", v -> v instanceof NixPath);
    predicate(r, "isAttrs", v -> v instanceof NixAttrs);
    predicate(r, "isList", v -> v instanceof NixList);
  }

  private static void predicate(Registry r, String name, Predicate<Value> test) {
    r.primop(name, 1, (st, a, pos) -> NixBool.of(test.test(st.force(a[0]))));
  }
}
