package dev.six.eval.ir;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * An attribute set literal, {@code rec} or not. Names known when lowering are sorted then; their
 * values go in lazily. In a {@code rec} set they are also the slots of a new scope (a plain
 * {@code inherit x;} still reads the outer scope). Dynamic names ({@code ${e} = v;}) are evaluated
 * afterwards, in the set's scope; a null name is skipped; a name defined twice is an error.
 */
public final class AttrsNode extends Node {
  private final boolean recursive;
  private final Symbol[] keys;
  private final Node[] values;
  private final Pos[] positions;
  private final boolean[] inherited;
  private final Node[] dynamicNames;
  private final Node[] dynamicValues;
  private final Pos[] dynamicPositions;
  /** Where the literal's '{' is, which the set remembers; null for a set made by an attribute path. */
  private final Pos at;

  public AttrsNode(SourceFile file, int offset, boolean recursive, Symbol[] keys, Node[] values, Pos[] positions,
      boolean[] inherited, Node[] dynamicNames, Node[] dynamicValues, Pos[] dynamicPositions, Pos at) {
    super(file, offset);
    this.recursive = recursive;
    this.keys = keys;
    this.values = values;
    this.positions = positions;
    this.inherited = inherited;
    this.dynamicNames = dynamicNames;
    this.dynamicValues = dynamicValues;
    this.dynamicPositions = dynamicPositions;
    this.at = at;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    int n = keys.length;
    Value[] slots = new Value[n];
    Env scope = env;
    if (recursive) {
      scope = new Env(env, slots);
    }
    for (int i = 0; i < n; i++) {
      slots[i] = values[i].lazy(st, recursive && !inherited[i] ? scope : env);
    }
    NixAttrs result = NixAttrs.ofSorted(keys, slots, positions, at);
    if (dynamicNames.length == 0) {
      return result;
    }
    AttrsBuilder builder = new AttrsBuilder(n + dynamicNames.length);
    // Where each name was defined, to report a dynamic name defined again.
    Map<Symbol, Pos> defined = new HashMap<>();
    for (int i = 0; i < n; i++) {
      builder.add(keys[i], slots[i], positions[i]);
      defined.put(keys[i], positions[i]);
    }
    for (int i = 0; i < dynamicNames.length; i++) {
      Value name = dynamicNames[i].eval(st, scope);
      if (name == NixNull.NULL) {
        continue;
      }
      // Nix 2.8 reports a name that is not a string without a position.
      Symbol symbol = Symbol.of(st.forceStringNoContext(name, null));
      if (defined.containsKey(symbol)) {
        Pos first = defined.get(symbol);
        throw new EvalError(ErrorKind.DUPLICATE_ATTRIBUTE, "dynamic attribute '" + symbol.name
            + "' already defined at " + (first == null ? "undefined position" : first.describe()), dynamicPositions[i]);
      }
      builder.add(symbol, dynamicValues[i].lazy(st, scope), dynamicPositions[i]);
      defined.put(symbol, dynamicPositions[i]);
    }
    return builder.build(at);
  }
}
