package dev.six.eval.builtins;

import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Versions as {@code nix-env} sees them: {@code compareVersions splitVersion parseDrvName}. A
 * version is a series of components separated by {@code .} and {@code -}; a component is a run of
 * digits or a run of other characters. Numbers compare numerically, {@code pre} is older than
 * anything, a missing component is older than a number, and text is older than a number; digits
 * too large for C's {@code int} count as text, as in Nix. All character tests are ASCII-only, as in
 * the "C" locale.
 */
final class VersionBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("compareVersions", 2, (st, a, pos) -> {
      String v1 = st.forceStringNoContext(a[0], pos);
      String v2 = st.forceStringNoContext(a[1], pos);
      return NixInt.of(compare(v1, v2));
    });
    r.primop("splitVersion", 1, (st, a, pos) -> {
      List<Value> parts = new ArrayList<>();
      for (String component : components(st.forceStringNoContext(a[0], pos))) {
        parts.add(NixString.of(component));
      }
      return new NixList(parts.toArray(new Value[0]));
    });
    r.primop("parseDrvName", 1, (st, a, pos) -> {
      String s = st.forceStringNoContext(a[0], pos);
      String name = s;
      String version = "";
      // The name ends at the first dash that is not followed by a letter.
      for (int i = 0; i + 1 < s.length(); i++) {
        if (s.charAt(i) == '-' && !isAlpha(s.charAt(i + 1))) {
          name = s.substring(0, i);
          version = s.substring(i + 1);
          break;
        }
      }
      return new AttrsBuilder(2).add("name", NixString.of(name)).add("version", NixString.of(version)).build();
    });
  }

  /** -1, 0 or 1 as {@code v1} is older than, the same as or newer than {@code v2}. */
  static int compare(String v1, String v2) {
    int[] p1 = {0};
    int[] p2 = {0};
    while (p1[0] < v1.length() || p2[0] < v2.length()) {
      String c1 = nextComponent(v1, p1);
      String c2 = nextComponent(v2, p2);
      if (componentLess(c1, c2)) {
        return -1;
      }
      if (componentLess(c2, c1)) {
        return 1;
      }
    }
    return 0;
  }

  static List<String> components(String version) {
    List<String> result = new ArrayList<>();
    int[] p = {0};
    while (p[0] < version.length()) {
      String component = nextComponent(version, p);
      if (component.isEmpty()) {
        break;
      }
      result.add(component);
    }
    return result;
  }

  /** The component at {@code p[0]} (after any separators), advancing {@code p[0]} past it. */
  private static String nextComponent(String s, int[] p) {
    int i = p[0];
    while (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '-')) {
      i++;
    }
    int start = i;
    if (i < s.length() && isDigit(s.charAt(i))) {
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
      }
    } else {
      while (i < s.length() && !isDigit(s.charAt(i)) && s.charAt(i) != '.' && s.charAt(i) != '-') {
        i++;
      }
    }
    p[0] = i;
    return s.substring(start, i);
  }

  private static boolean componentLess(String c1, String c2) {
    Integer n1 = asInt(c1);
    Integer n2 = asInt(c2);
    if (n1 != null && n2 != null) {
      return n1 < n2;
    }
    if (c1.isEmpty() && n2 != null) {
      return true;
    }
    if (c1.equals("pre") && !c2.equals("pre")) {
      return true;
    }
    if (c2.equals("pre")) {
      return false;
    }
    // "2.3a" is older than "2.3.1".
    if (n2 != null) {
      return true;
    }
    if (n1 != null) {
      return false;
    }
    return c1.compareTo(c2) < 0;
  }

  /** A run of digits as C's {@code int}, or null when empty or too large (then it counts as text). */
  private static Integer asInt(String component) {
    if (component.isEmpty() || !isDigit(component.charAt(0))) {
      return null;
    }
    long value = 0;
    for (int i = 0; i < component.length(); i++) {
      value = value * 10 + (component.charAt(i) - '0');
      if (value > Integer.MAX_VALUE) {
        return null;
      }
    }
    return (int) value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
