package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Coercion;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixString;
import dev.six.eval.value.StringContext;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.ExprPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The string-context built-ins: {@code hasContext getContext appendContext
 * unsafeDiscardStringContext unsafeDiscardOutputDependency addDrvOutputDependencies}. Contexts use
 * {@link StringContext}'s encoding: {@code P} for a store path, {@code =D} for derivation {@code D}
 * with all its outputs and their closure ("deep"), {@code !out!D} for one output of {@code D}.
 * The discarding and converting ones coerce their argument as string interpolation does (a path is
 * copied to the store); the others only take strings.
 */
final class ContextBuiltins implements BuiltinGroup {
  private static final Symbol PATH = Symbol.of("path");
  private static final Symbol ALL_OUTPUTS = Symbol.of("allOutputs");
  private static final Symbol OUTPUTS = Symbol.of("outputs");

  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("hasContext", 1, (st, a, pos) -> NixBool.of(st.forceString(a[0], pos).hasContext()));
    r.primop("unsafeDiscardStringContext", 1, (st, a, pos) -> {
      Value v = st.force(a[0]);
      if (v instanceof NixString s && !s.hasContext()) {
        return s;
      }
      return NixString.of(Coercion.toString(st, v, pos, new ContextCollector(), false, true));
    });
    r.primop("unsafeDiscardOutputDependency", 1, (st, a, pos) -> {
      ContextCollector context = new ContextCollector();
      String s = Coercion.toString(st, a[0], pos, context, false, true);
      StringContext original = context.build();
      if (original == null) {
        return NixString.of(s);
      }
      List<String> elements = new ArrayList<>();
      for (String element : original.elements()) {
        elements.add(element.startsWith("=") ? element.substring(1) : element);
      }
      return new NixString(s, StringContext.of(elements));
    });
    r.primop("addDrvOutputDependencies", 1, (st, a, pos) -> {
      ContextCollector context = new ContextCollector();
      String s = Coercion.toString(st, a[0], pos, context, false, true);
      StringContext original = context.build();
      int size = original == null ? 0 : original.elements().size();
      if (size != 1) {
        throw new EvalError(ErrorKind.INVALID_VALUE,
            "context of string '" + s + "' must have exactly one element, but has " + size, pos);
      }
      String element = original.elements().first();
      if (element.startsWith("!")) {
        String output = element.substring(1, element.indexOf('!', 1));
        throw new EvalError(ErrorKind.INVALID_VALUE, "`addDrvOutputDependencies` can only act on derivations, "
            + "not on a derivation output such as '" + output + "'", pos);
      }
      if (!element.startsWith("=")) {
        if (!element.endsWith(".drv")) {
          throw new EvalError(ErrorKind.INVALID_VALUE, "path '" + element + "' is not a derivation", pos);
        }
        element = "=" + element;
      }
      return new NixString(s, StringContext.of(List.of(element)));
    });
    r.primop("getContext", 1, (st, a, pos) -> getContext(st.forceString(a[0], pos)));
    r.primop("appendContext", 2, (st, a, pos) -> appendContext(st, settings, a[0], a[1], pos));
  }

  /** What a path is in a context as: itself, a derivation with all outputs, some outputs. */
  private static final class Uses {
    boolean path;
    boolean allOutputs;
    final TreeSet<String> outputs = new TreeSet<>();
  }

  private static NixAttrs getContext(NixString s) {
    if (!s.hasContext()) {
      return NixAttrs.EMPTY;
    }
    Map<String, Uses> byPath = new TreeMap<>();
    for (String element : s.context.elements()) {
      if (element.startsWith("=")) {
        byPath.computeIfAbsent(element.substring(1), k -> new Uses()).allOutputs = true;
      } else if (element.startsWith("!")) {
        int second = element.indexOf('!', 1);
        byPath.computeIfAbsent(element.substring(second + 1), k -> new Uses()).outputs
            .add(element.substring(1, second));
      } else {
        byPath.computeIfAbsent(element, k -> new Uses()).path = true;
      }
    }
    AttrsBuilder result = new AttrsBuilder(byPath.size());
    for (Map.Entry<String, Uses> entry : byPath.entrySet()) {
      Uses uses = entry.getValue();
      AttrsBuilder info = new AttrsBuilder(3);
      if (uses.path) {
        info.add(PATH, NixBool.TRUE);
      }
      if (uses.allOutputs) {
        info.add(ALL_OUTPUTS, NixBool.TRUE);
      }
      if (!uses.outputs.isEmpty()) {
        info.add(OUTPUTS, new NixList(uses.outputs.stream().map(NixString::of).toArray(Value[]::new)));
      }
      result.add(entry.getKey(), info.build());
    }
    return result.build();
  }

  private static NixString appendContext(EvalState st, EvalSettings settings, Value string, Value attrs, Pos pos) {
    NixString s = st.forceString(string, pos);
    NixAttrs additions = st.forceAttrs(attrs, pos);
    ContextCollector context = new ContextCollector();
    context.add(s.context);
    for (int i = 0; i < additions.size(); i++) {
      Symbol key = additions.keyAt(i);
      Pos at = orElse(additions.positionOf(key), pos);
      String name = key.name;
      String path = StorePathNames.parse(settings.storeDir(), name);
      if (path == null) {
        throw new EvalError(ErrorKind.INVALID_VALUE,
            "Context key '" + ExprPrinter.identifier(name) + "' is not a store path", at);
      }
      NixAttrs uses = st.forceAttrs(additions.valueAt(i), at);
      Value isPath = uses.get(PATH);
      if (isPath != null && st.forceBool(isPath, orElse(uses.positionOf(PATH), at))) {
        context.add(path);
      }
      Value allOutputs = uses.get(ALL_OUTPUTS);
      if (allOutputs != null && st.forceBool(allOutputs, orElse(uses.positionOf(ALL_OUTPUTS), at))) {
        if (!name.endsWith(".drv")) {
          throw new EvalError(ErrorKind.INVALID_VALUE, "Tried to add all-outputs context of "
              + ExprPrinter.identifier(name) + ", which is not a derivation, to a string", at);
        }
        context.add("=" + path);
      }
      Value outputs = uses.get(OUTPUTS);
      if (outputs != null) {
        Pos outputsAt = orElse(uses.positionOf(OUTPUTS), at);
        NixList list = st.forceList(outputs, outputsAt);
        if (list.size() > 0 && !name.endsWith(".drv")) {
          throw new EvalError(ErrorKind.INVALID_VALUE, "Tried to add derivation output context of "
              + ExprPrinter.identifier(name) + ", which is not a derivation, to a string", at);
        }
        for (int k = 0; k < list.size(); k++) {
          context.add("!" + st.forceStringNoContext(list.get(k), outputsAt) + "!" + path);
        }
      }
    }
    return context.string(s.value);
  }

  private static Pos orElse(Pos pos, Pos fallback) {
    return pos != null ? pos : fallback;
  }
}
