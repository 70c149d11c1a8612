package dev.six.s6;

import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Forces the fields of one description record to the plain types the emitter needs, so the
 * record's shape is checked in one place and a malformed description fails with the key's name.
 *
 * <p>Must run on the evaluator's thread (inside {@code Evaluator.run}), since forcing may evaluate.
 */
final class ValueReader {
  private final EvalState state;
  private final NixAttrs attrs;
  private final String where;

  ValueReader(EvalState state, NixAttrs attrs, String where) {
    this.state = state;
    this.attrs = attrs;
    this.where = where;
  }

  NixAttrs attrs(String key) {
    return as(NixAttrs.class, key, field(key), "a set");
  }

  String string(String key) {
    return stringOf(key, field(key));
  }

  /** The string at {@code key}, or {@code null} when the record holds {@code null}. */
  String optionalString(String key) {
    Value v = field(key);
    return v instanceof NixNull ? null : stringOf(key, v);
  }

  Long optionalInt(String key) {
    Value v = field(key);
    return v instanceof NixNull ? null : as(NixInt.class, key, v, "an integer").value;
  }

  List<String> strings(String key) {
    NixList list = as(NixList.class, key, field(key), "a list");
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(stringOf(key + "[" + i + "]", state.force(list.get(i))));
    }
    return Collections.unmodifiableList(out);
  }

  /** An attrset of strings, sorted by name; {@code null} when the record holds {@code null}. */
  SortedMap<String, String> optionalStringMap(String key) {
    Value v = field(key);
    if (v instanceof NixNull) {
      return null;
    }
    NixAttrs set = as(NixAttrs.class, key, v, "a set or null");
    SortedMap<String, String> out = new TreeMap<>();
    for (int i = 0; i < set.size(); i++) {
      String name = set.keyAt(i).name;
      out.put(name, stringOf(key + "." + name, state.force(set.valueAt(i))));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /** An attrset of integers, sorted by name. */
  SortedMap<String, Long> intMap(String key) {
    NixAttrs set = attrs(key);
    SortedMap<String, Long> out = new TreeMap<>();
    for (int i = 0; i < set.size(); i++) {
      String name = set.keyAt(i).name;
      out.put(name, as(NixInt.class, key + "." + name, state.force(set.valueAt(i)), "an integer").value);
    }
    return Collections.unmodifiableSortedMap(out);
  }

  private Value field(String key) {
    Value v = attrs.get(key);
    if (v == null) {
      throw new IllegalArgumentException(where + ": the record has no '" + key + "'");
    }
    return state.force(v);
  }

  private String stringOf(String key, Value v) {
    return as(NixString.class, key, v, "a string").value;
  }

  private <T extends Value> T as(Class<T> type, String key, Value v, String expected) {
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException(where + ": '" + key + "' should be " + expected + ", not " + v.type());
    }
    return type.cast(v);
  }
}
