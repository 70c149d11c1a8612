package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Coercion;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;

/**
 * Basic strings: {@code toString stringLength substring concatStringsSep baseNameOf dirOf}. Like
 * Nix's {@code coerceToString}, {@code stringLength}, {@code substring} and the elements of
 * {@code concatStringsSep} copy a path to the store (its length is the store path's), while
 * {@code toString}, {@code baseNameOf} and {@code dirOf} use the path's own text.
 */
final class StringBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("toString", 1, (st, a, pos) -> {
      ContextCollector context = new ContextCollector();
      String s = Coercion.toString(st, a[0], pos, context, true, false);
      return context.string(s);
    });
    r.primop("stringLength", 1, (st, a, pos) -> {
      String s = Coercion.toString(st, a[0], pos, new ContextCollector(), false, true);
      return NixInt.of(s.length());
    });
    r.primop("substring", 3, (st, a, pos) -> {
      // Current Nix checks the start before it looks at the length (Nix 2.8 forced all three first).
      long start = st.forceInt(a[0], pos);
      if (start < 0) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "negative start position in 'substring'", pos);
      }
      long length = st.forceInt(a[1], pos);
      if (length == 0) {
        // An empty substring of a string keeps its context without looking at the characters.
        Value v = st.force(a[2]);
        if (v instanceof NixString s) {
          return s.hasContext() ? new NixString("", s.context) : NixString.EMPTY;
        }
      }
      ContextCollector context = new ContextCollector();
      String s = Coercion.toString(st, a[2], pos, context, false, true);
      if (start >= s.length()) {
        return context.string("");
      }
      long end = length < 0 || length > s.length() - start ? s.length() : start + length;
      return context.string(s.substring((int) start, (int) end));
    });
    r.primop("concatStringsSep", 2, (st, a, pos) -> {
      NixString sep = st.forceString(a[0], pos);
      ContextCollector context = new ContextCollector();
      context.add(sep.context);
      NixList list = st.forceList(a[1], pos);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(sep.value);
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
  }

  /** Everything after the last slash, ignoring one trailing slash (never more, as Nix always did). */
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

  /** Everything before the last slash: "." without one, "/" for a slash at the start. */
  static String directory(String path) {
    int slash = path.lastIndexOf('/');
    if (slash < 0) {
      return ".";
    }
    return slash == 0 ? "/" : path.substring(0, slash);
  }
}
