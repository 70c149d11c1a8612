package dev.six.eval.builtins;

import dev.six.eval.error.EvalError;
import dev.six.eval.ir.LambdaNode;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.LazyApply;
import dev.six.eval.runtime.NixLambda;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sets: {@code attrNames attrValues getAttr hasAttr removeAttrs listToAttrs mapAttrs ...}. */
final class AttrBuiltins implements BuiltinGroup {
  private static final Symbol NAME = Symbol.of("name");
  private static final Symbol VALUE = Symbol.of("value");

  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("attrNames", 1, (st, a, pos) -> {
      ArrayAttrs attrs = st.forceAttrs(a[0], pos).flat();
      Value[] names = new Value[attrs.size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = NixString.of(attrs.keyAt(i).name);
      }
      return NixList.of(names);
    });
    r.primop("attrValues", 1, (st, a, pos) -> {
      ArrayAttrs attrs = st.forceAttrs(a[0], pos).flat();
      Value[] values = new Value[attrs.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = attrs.valueAt(i);
      }
      return NixList.of(values);
    });
    r.primop("getAttr", 2, (st, a, pos) -> {
      String name = st.forceStringNoContext(a[0], pos);
      Value v = RequiredAttr.get(st.forceAttrs(a[1], pos), Symbol.of(name), "getAttr", pos);
      return st.force(v, pos);
    });
    r.primop("hasAttr", 2, (st, a, pos) -> {
      String name = st.forceStringNoContext(a[0], pos);
      return NixBool.of(st.forceAttrs(a[1], pos).has(Symbol.of(name)));
    });
    r.primop("removeAttrs", 2, (st, a, pos) -> {
      NixAttrs attrs = st.forceAttrs(a[0], pos);
      Set<Symbol> remove = new HashSet<>();
      for (Value v : st.forceList(a[1], pos).elements()) {
        remove.add(Symbol.of(st.forceStringNoContext(v, pos)));
      }
      ArrayAttrs flat = attrs.flat();
      AttrsBuilder out = new AttrsBuilder(flat.size());
      for (int i = 0; i < flat.size(); i++) {
        if (!remove.contains(flat.keyAt(i))) {
          out.add(flat.keyAt(i), flat.valueAt(i), flat.positionOf(flat.keyAt(i)));
        }
      }
      return out.size() == flat.size() ? attrs : out.build();
    });
    r.primop("listToAttrs", 1, (st, a, pos) -> {
      NixList list = st.forceList(a[0], pos);
      AttrsBuilder out = new AttrsBuilder(list.size());
      Set<Symbol> seen = new HashSet<>();
      for (Value v : list.elements()) {
        NixAttrs pair = st.forceAttrs(v, pos);
        Value name = RequiredAttr.get(pair, NAME, "listToAttrs", pos);
        // A name that is not a string is reported where the name is defined, as Nix 2.8 does.
        Symbol key = Symbol.of(st.forceStringNoContext(name, pair.positionOf(NAME)));
        // The first pair with a name wins; later ones are not even looked at for a value.
        if (seen.add(key)) {
          Value value = RequiredAttr.get(pair, VALUE, "listToAttrs", pos);
          out.add(key, value, pair.positionOf(VALUE));
        }
      }
      return out.build();
    });
    r.primop("intersectAttrs", 2, (st, a, pos) -> {
      NixAttrs left = st.forceAttrs(a[0], pos);
      ArrayAttrs right = st.forceAttrs(a[1], pos).flat();
      AttrsBuilder out = new AttrsBuilder(Math.min(left.size(), right.size()));
      for (int i = 0; i < right.size(); i++) {
        if (left.has(right.keyAt(i))) {
          out.add(right.keyAt(i), right.valueAt(i), right.positionOf(right.keyAt(i)));
        }
      }
      return out.build();
    });
    r.primop("catAttrs", 2, (st, a, pos) -> {
      Symbol name = Symbol.of(st.forceStringNoContext(a[0], pos));
      List<Value> out = new ArrayList<>();
      for (Value v : st.forceList(a[1], pos).elements()) {
        Value found = st.forceAttrs(v, pos).get(name);
        if (found != null) {
          out.add(found);
        }
      }
      return NixList.of(out.toArray(new Value[0]));
    });
    r.primop("mapAttrs", 2, (st, a, pos) -> {
      ArrayAttrs attrs = st.forceAttrs(a[1], pos).flat();
      Symbol[] keys = new Symbol[attrs.size()];
      Value[] values = new Value[attrs.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = attrs.keyAt(i);
        values[i] = LazyApply.of(a[0], NixString.of(keys[i].name), attrs.valueAt(i), pos);
      }
      // As in Nix, the new attributes have no position (nixpkgs' module tests rely on it).
      return NixAttrs.ofSorted(keys, values, new dev.six.eval.source.Pos[keys.length]);
    });
    r.primop("zipAttrsWith", 2, (st, a, pos) -> {
      st.forceFunction(a[0], pos);
      Map<Symbol, List<Value>> columns = new LinkedHashMap<>();
      for (Value v : st.forceList(a[1], pos).elements()) {
        // Nix 2.8 reports an element that is not a set without a position.
        ArrayAttrs attrs = st.forceAttrs(v, null).flat();
        for (int i = 0; i < attrs.size(); i++) {
          columns.computeIfAbsent(attrs.keyAt(i), k -> new ArrayList<>()).add(attrs.valueAt(i));
        }
      }
      AttrsBuilder out = new AttrsBuilder(columns.size());
      columns.forEach((k, vs) -> out.add(k, LazyApply.of(a[0], NixString.of(k.name), NixList.of(vs.toArray(new Value[0])), pos)));
      return out.build();
    });
    r.primop("functionArgs", 1, (st, a, pos) -> {
      Value f = st.force(a[0]);
      if (f instanceof NixLambda lambda) {
        LambdaNode node = lambda.node;
        if (!node.hasFormals()) {
          return NixAttrs.EMPTY;
        }
        Symbol[] formals = node.formals();
        Value[] values = new Value[formals.length];
        for (int i = 0; i < formals.length; i++) {
          values[i] = NixBool.of(node.hasDefault(i));
        }
        return NixAttrs.ofSorted(formals.clone(), values, node.formalPositions().clone());
      }
      if (EvalState.isFunction(f)) {
        return NixAttrs.EMPTY;
      }
      // Nix's own wording here; a set with __functor is not accepted either.
      throw EvalError.typeError("'functionArgs' requires a function", pos);
    });
  }
}
