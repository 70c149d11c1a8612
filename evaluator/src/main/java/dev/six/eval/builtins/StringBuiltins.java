package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Coercion;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;

/** Basic strings: {@code toString stringLength substring concatStringsSep baseNameOf dirOf} and context stripping. */
final class StringBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("toString", 1, (st, a, pos) -> {
      ContextCollector context = new ContextCollector();
      String s = Coercion.toString(st, a[0], pos, context, true, false);
      return context.string(s);
    });
    r.primop("stringLength", 1, (st, a, pos) -> {
      String s = Coercion.toString(st, a[0], pos, new ContextCollector(), false, false);
      return NixInt.of(s.length());
    });
    r.primop("substring", 3, (st, a, pos) -> {
      long start = st.forceInt(a[0], pos);
      long length = st.forceInt(a[1], pos);
      ContextCollector context = new ContextCollector();
      String s = Coercion.toString(st, a[2], pos, context, false, false);
      if (start < 0) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "negative start position in 'substring'", pos);
      }
      if (start >= s.length()) {
        return context.string("");
      }
      long end = length < 0 ? s.length() : Math.min(s.length(), start + length);
      return context.string(s.substring((int) start, (int) end));
    });
    r.primop("concatStringsSep", 2, (st, a, pos) -> {
      ContextCollector context = new ContextCollector();
      String sep = Coercion.toString(st, a[0], pos, context, false, false);
      NixList list = st.forceList(a[1], pos);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(sep);
        }
        out.append(Coercion.toString(st, list.get(i), pos, context, false, true));
      }
      return context.string(out.toString());
    });
    r.primop("baseNameOf", 1, (st, a, pos) -> {
      ContextCollector context = new ContextCollector();
      String s = Coercion.toString(st, a[0], pos, context, false, false);
      return context.string(baseName(s));
    });
    r.primop("dirOf", 1, (st, a, pos) -> {
      Value v = st.force(a[0]);
      if (v instanceof NixPath p) {
        return new NixPath(directory(p.path));
      }
      ContextCollector context = new ContextCollector();
      String s = Coercion.toString(st, v, pos, context, false, false);
      return context.string(directory(s));
    });
    r.primop("unsafeDiscardStringContext", 1, (st, a, pos) -> {
      NixString s = st.forceString(a[0], pos);
      return s.hasContext() ? NixString.of(s.value) : s;
    });
    r.primop("hasContext", 1, (st, a, pos) -> NixBool.of(st.forceString(a[0], pos).hasContext()));
  }

  static String baseName(String path) {
    if (path.isEmpty()) {
      return "";
    }
    int last = path.length() - 1;
    if (path.charAt(last) == '/' && last > 0) {
      last--;
    }
    int slash = path.lastIndexOf('/', last);
    return path.substring(slash + 1, last + 1);
  }

  static String directory(String path) {
    int slash = path.lastIndexOf('/');
    if (slash < 0) {
      return ".";
    }
    return slash == 0 ? "/" : path.substring(0, slash);
  }
}
