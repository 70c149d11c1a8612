package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Comparison;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Equality;
import dev.six.eval.runtime.GeneratedElement;
import dev.six.eval.runtime.LazyApply;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.source.Pos;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lists: {@code length elemAt head tail map filter foldl' genList sort partition groupBy ...}. The
 * function argument is checked when current Nix checks it: first for most, but only for a non-empty
 * list in {@code map}, {@code filter} and {@code sort}, and after the length in {@code genList}.
 */
final class ListBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("length", 1, (st, a, pos) -> NixInt.of(st.forceList(a[0], pos).size()));
    r.primop("elemAt", 2, (st, a, pos) -> {
      NixList list = st.forceList(a[0], pos);
      long n = st.forceInt(a[1], pos);
      if (n < 0 || n >= list.size()) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "list index " + n + " is out of bounds", pos);
      }
      return forceElement(st, list, (int) n);
    });
    r.primop("head", 1, (st, a, pos) -> {
      NixList list = st.forceList(a[0], pos);
      if (list.size() == 0) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "list index 0 is out of bounds", pos);
      }
      return forceElement(st, list, 0);
    });
    r.primop("tail", 1, (st, a, pos) -> {
      NixList list = st.forceList(a[0], pos);
      if (list.size() == 0) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "'tail' called on an empty list", pos);
      }
      return new NixList(java.util.Arrays.copyOfRange(list.elements(), 1, list.size()));
    });
    r.primop("map", 2, (st, a, pos) -> {
      NixList list = st.forceList(a[1], pos);
      if (list.size() == 0) {
        return list;
      }
      // Current Nix checks the function once there is something to map, before any call.
      st.forceFunction(a[0], pos);
      Value[] out = new Value[list.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = LazyApply.of(a[0], list.get(i), pos);
      }
      return NixList.of(out);
    });
    r.primop("filter", 2, (st, a, pos) -> {
      NixList list = st.forceList(a[1], pos);
      if (list.size() == 0) {
        return list;
      }
      st.forceFunction(a[0], pos);
      List<Value> out = new ArrayList<>(list.size());
      for (Value v : list.elements()) {
        // Nix 2.8 calls the predicate without a position.
        if (st.forceBool(st.call(a[0], v, null), pos)) {
          out.add(v);
        }
      }
      return out.size() == list.size() ? list : NixList.of(out.toArray(new Value[0]));
    });
    r.primop("foldl'", 3, (st, a, pos) -> {
      st.forceFunction(a[0], pos);
      NixList list = st.forceList(a[2], pos);
      Value acc = a[1];
      if (list.size() == 0) {
        return st.force(acc);
      }
      for (int i = 0; i < list.size(); i++) {
        Value v = list.get(i);
        acc = st.call(a[0], acc, v, pos);
        acc = st.force(acc);
        if (v instanceof Thunk t && t.isEvaluated()) {
          list.settle(i, t, t.valueIfEvaluated());
        }
      }
      return acc;
    });
    r.primop("elem", 2, (st, a, pos) -> {
      for (Value v : st.forceList(a[1], pos).elements()) {
        // The argument and the elements are stored values: a shared function is found.
        if (Equality.storedEqual(st, a[0], v, pos)) {
          return NixBool.TRUE;
        }
      }
      return NixBool.FALSE;
    });
    r.primop("concatLists", 1, (st, a, pos) -> concat(st, st.forceList(a[0], pos).elements(), null, pos));
    r.primop("concatMap", 2, (st, a, pos) -> {
      st.forceFunction(a[0], pos);
      return concat(st, st.forceList(a[1], pos).elements(), a[0], pos);
    });
    r.primop("genList", 2, (st, a, pos) -> {
      long n = st.forceInt(a[1], pos);
      if (n < 0) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "cannot create list of size " + n, pos);
      }
      if (n > Integer.MAX_VALUE - 8) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "cannot create list of size " + n + ": too large", pos);
      }
      st.forceFunction(a[0], pos);
      GeneratedElement.Generator generator = new GeneratedElement.Generator(a[0], pos);
      return NixList.generated((int) n, i -> new GeneratedElement(generator, i));
    });
    r.primop("all", 2, (st, a, pos) -> {
      st.forceFunction(a[0], pos);
      for (Value v : st.forceList(a[1], pos).elements()) {
        if (!st.forceBool(st.call(a[0], v, pos), pos)) {
          return NixBool.FALSE;
        }
      }
      return NixBool.TRUE;
    });
    r.primop("any", 2, (st, a, pos) -> {
      st.forceFunction(a[0], pos);
      for (Value v : st.forceList(a[1], pos).elements()) {
        if (st.forceBool(st.call(a[0], v, pos), pos)) {
          return NixBool.TRUE;
        }
      }
      return NixBool.FALSE;
    });
    r.primop("sort", 2, (st, a, pos) -> {
      NixList list = st.forceList(a[1], pos);
      if (list.size() == 0) {
        return list;
      }
      st.forceFunction(a[0], pos);
      Value[] items = list.elements().clone();
      for (int i = 0; i < items.length; i++) {
        items[i] = st.force(items[i]);
      }
      mergeSort(st, a[0], items, pos);
      return NixList.of(items);
    });
    r.primop("partition", 2, (st, a, pos) -> {
      st.forceFunction(a[0], pos);
      List<Value> right = new ArrayList<>();
      List<Value> wrong = new ArrayList<>();
      for (Value v : st.forceList(a[1], pos).elements()) {
        // Nix forces each element before calling the predicate on it.
        st.force(v, pos);
        (st.forceBool(st.call(a[0], v, pos), pos) ? right : wrong).add(v);
      }
      return new AttrsBuilder(2)
          .add("right", NixList.of(right.toArray(new Value[0])))
          .add("wrong", NixList.of(wrong.toArray(new Value[0])))
          .build();
    });
    r.primop("groupBy", 2, (st, a, pos) -> {
      st.forceFunction(a[0], pos);
      Map<String, List<Value>> groups = new LinkedHashMap<>();
      for (Value v : st.forceList(a[1], pos).elements()) {
        String key = st.forceStringNoContext(st.call(a[0], v, pos), pos);
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
      }
      AttrsBuilder out = new AttrsBuilder(groups.size());
      groups.forEach((k, vs) -> out.add(k, NixList.of(vs.toArray(new Value[0]))));
      return out.build();
    });
    r.primop("genericClosure", 1, (st, a, pos) -> genericClosure(st, st.forceAttrs(a[0], pos), pos));
  }

  private static Value concat(EvalState st, Value[] lists, Value function, Pos pos) {
    List<Value> out = new ArrayList<>();
    for (Value v : lists) {
      NixList l;
      if (function == null) {
        l = st.forceList(v, pos);
      } else {
        // Nix 2.8 reports a result that is not a list at the result, else at the function.
        Value result = st.force(st.call(function, v, pos), pos);
        l = st.forceList(result, EvalState.determinePos(result, EvalState.determinePos(function, pos)));
      }
      out.addAll(java.util.Arrays.asList(l.elements()));
    }
    return NixList.of(out.toArray(new Value[0]));
  }

  /** Stable merge sort: Nix uses std::stable_sort, and a comparator may be inconsistent. */
  private static void mergeSort(EvalState st, Value lessThan, Value[] items, Pos pos) {
    Value[] buffer = new Value[items.length];
    for (int width = 1; width < items.length; width *= 2) {
      for (int lo = 0; lo < items.length - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, items.length);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          // Take from the right only when it is strictly less: keeps equal elements in order.
          if (st.forceBool(st.call(lessThan, items[j], items[i], pos), pos)) {
            buffer[k++] = items[j++];
          } else {
            buffer[k++] = items[i++];
          }
        }
        while (i < mid) {
          buffer[k++] = items[i++];
        }
        while (j < hi) {
          buffer[k++] = items[j++];
        }
        System.arraycopy(buffer, lo, items, lo, hi - lo);
      }
    }
  }

  private static final Symbol START_SET = Symbol.of("startSet");
  private static final Symbol OPERATOR = Symbol.of("operator");
  private static final Symbol KEY = Symbol.of("key");

  /**
   * Nix's genericClosure: keys are compared with {@code <} only (equal when neither is less), so
   * keys of a type that cannot be ordered are an error even when equal; each list the operator
   * returns is forced element by element as it comes.
   */
  private static Value genericClosure(EvalState st, NixAttrs args, Pos pos) {
    Value startSet = RequiredAttr.get(args, START_SET, "genericClosure", pos);
    NixList start = st.forceList(startSet, pos);
    if (start.size() == 0) {
      // Current Nix returns before it looks for the operator.
      return start;
    }
    java.util.ArrayDeque<Value> work = new java.util.ArrayDeque<>(java.util.Arrays.asList(start.elements()));
    Value operator = st.forceFunction(RequiredAttr.get(args, OPERATOR, "genericClosure", pos), pos);
    TreeSet<Value> seen = new TreeSet<>((x, y) -> Comparison.lessThan(st, x, y, pos) ? -1
        : Comparison.lessThan(st, y, x, pos) ? 1 : 0);
    List<Value> result = new ArrayList<>();
    while (!work.isEmpty()) {
      Value item = work.removeFirst();
      NixAttrs attrs = st.forceAttrs(item, pos);
      Value key = attrs.get(KEY);
      if (key == null) {
        throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "attribute 'key' required", pos);
      }
      Value k = st.force(key, pos);
      if (!seen.add(k)) {
        continue;
      }
      result.add(attrs);
      // Nix 2.8 calls the operator without a position (the list it returns is checked at the call).
      for (Value next : st.forceList(st.call(operator, attrs, null), pos).elements()) {
        st.force(next, pos);
        work.addLast(next);
      }
    }
    return NixList.of(result.toArray(new Value[0]));
  }

  /** Forces element {@code i}, keeping its value in the list in place of the thunk. */
  private static Value forceElement(EvalState st, NixList list, int i) {
    Value v = list.get(i);
    Value forced = st.force(v);
    list.settle(i, v, forced);
    return forced;
  }
}
