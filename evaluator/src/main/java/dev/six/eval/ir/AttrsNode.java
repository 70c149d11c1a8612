package dev.six.eval.ir;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.probe.RecordedSite;
import dev.six.eval.probe.ValueRecorder;
import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.value.ArrayAttrs;
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
 * afterwards, in the set's scope; a null name is skipped; a name defined twice is an error. A
 * {@code rec} set's {@code __overrides} is applied before the dynamic names, as in Nix.
 */
public final class AttrsNode extends Node {
  private static final Symbol OVERRIDES = Symbol.of("__overrides");

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
  /** The slot of {@code __overrides} in a {@code rec} set that has one, else -1. */
  private final int overrides;
  /** Where the attributes' values are recorded (a watched file's, see {@link ValueRecorder}), or null. */
  private RecordedSite[] sites;

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
    this.overrides = recursive ? java.util.Arrays.asList(keys).indexOf(OVERRIDES) : -1;
  }

  /** Records each attribute's value, in key order, into {@code sites}. */
  public void recordInto(RecordedSite[] sites) {
    this.sites = sites;
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
      if (overrides >= 0 && !inherited[i]) {
        // Always a thunk: a binding that is just another name must read the slot when forced,
        // after __overrides may have replaced it.
        slots[i] = Thunk.of(values[i], scope);
      } else {
        slots[i] = values[i].lazy(st, recursive && !inherited[i] ? scope : env);
      }
    }
    if (sites != null) {
      for (int i = 0; i < n; i++) {
        sites[i].record(slots[i]);
      }
    }
    NixAttrs result = overrides >= 0 ? applyOverrides(st, slots) : NixAttrs.ofSorted(keys, slots, positions, at);
    if (dynamicNames.length == 0) {
      return result;
    }
    ArrayAttrs fixed = result.flat();
    AttrsBuilder builder = new AttrsBuilder(fixed.size() + dynamicNames.length);
    // Where each name was defined, to report a dynamic name defined again.
    Map<Symbol, Pos> defined = new HashMap<>();
    for (int i = 0; i < fixed.size(); i++) {
      Symbol key = fixed.keyAt(i);
      builder.add(key, fixed.valueAt(i), fixed.positionOf(key));
      defined.put(key, fixed.positionOf(key));
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

  /**
   * {@code rec { __overrides = { a = ...; }; ... }}: the attributes of the {@code __overrides} set
   * (forced now) replace those of the set, in its scope too, so the other attributes see them;
   * new names are added.
   */
  private NixAttrs applyOverrides(EvalState st, Value[] slots) {
    // Nix 2.8 reports an __overrides that is not a set without a position.
    ArrayAttrs replacements = st.forceAttrs(slots[overrides], null).flat();
    Pos[] where = positions.clone();
    AttrsBuilder added = new AttrsBuilder(replacements.size());
    for (int i = 0; i < replacements.size(); i++) {
      Symbol key = replacements.keyAt(i);
      int slot = java.util.Arrays.asList(keys).indexOf(key);
      if (slot >= 0) {
        slots[slot] = replacements.valueAt(i);
        where[slot] = replacements.positionOf(key);
      } else {
        added.add(key, replacements.valueAt(i), replacements.positionOf(key));
      }
    }
    if (added.size() == 0) {
      return NixAttrs.ofSorted(keys, slots, where, at);
    }
    AttrsBuilder all = new AttrsBuilder(keys.length + added.size());
    for (int i = 0; i < keys.length; i++) {
      all.add(keys[i], slots[i], where[i]);
    }
    ArrayAttrs extra = added.build().flat();
    for (int i = 0; i < extra.size(); i++) {
      all.add(extra.keyAt(i), extra.valueAt(i), extra.positionOf(extra.keyAt(i)));
    }
    return all.build(at);
  }
}
