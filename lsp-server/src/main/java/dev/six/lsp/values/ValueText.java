package dev.six.lsp.values;

import dev.six.eval.error.NixError;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.NixLambda;
import dev.six.eval.runtime.PrimOp;
import dev.six.eval.runtime.PrimOpApp;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.source.Pos;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.ExprPrinter;
import dev.six.grammar.desugar.FloatFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A value as an editor shows it: Nix's syntax, as {@code nix eval} prints it, but bounded (nesting
 * depth, attributes and elements per level, string length) and never forcing anything but a
 * derivation's {@code drvPath} (computed, never built): a part the evaluation did not force is
 * {@code «thunk»}, a function {@code «lambda name @ file:line:col»}, a derivation
 * {@code «derivation /nix/store/….drv»}. Short sets and lists stay on one line; longer ones are
 * laid out one entry a line. Must run on the evaluation's thread. Text is one char per byte.
 */
public final class ValueText {
  /**
   * The bounds of one rendering: nesting depth, entries per set or list, string length, line width;
   * whether a derivation shows its whole {@code .drv} path or only its name; and whether parts the
   * evaluation left unforced are forced (within the rendering's time budget) or shown as thunks.
   */
  public record Limits(int depth, int entries, int stringLength, int lineWidth, boolean derivationPaths,
      boolean forcing) {
    /** For a hover on a value: two levels, twenty entries a level, what the evaluation forced only. */
    public static final Limits HOVER = new Limits(2, 20, 120, 72, true, false);
    /** For an infusion's before and after: as a hover, forcing what is shown. */
    public static final Limits PREVIEW = new Limits(2, 20, 120, 72, true, true);
    /** For a code lens title: one level, a few entries, one line, forcing what is shown. */
    public static final Limits SUMMARY = new Limits(1, 4, 24, 1000, false, true);
  }

  /** How long a forcing rendering may force parts before it shows the rest as thunks. */
  private static final long FORCING_NANOS = java.time.Duration.ofMillis(150).toNanos();

  public static final String THUNK = Bytewise.of("«thunk»");

  private final EvalState state;
  private final Limits limits;
  /** Paths are shown relative to this directory (with a trailing slash), when under it; or null. */
  private final String base;
  private final long deadline;

  public ValueText(EvalState state, Limits limits, String base) {
    this.state = state;
    this.limits = limits;
    this.deadline = System.nanoTime() + FORCING_NANOS;
    this.base = base == null || base.endsWith("/") ? base : base + "/";
  }

  /** The value, rendered without forcing it. */
  public String render(Value value) {
    return render(value, 0, "");
  }

  private String render(Value value, int depth, String indent) {
    Value v = value;
    if (v instanceof Thunk t) {
      if (!t.isEvaluated()) {
        if (!limits.forcing() || System.nanoTime() > deadline) {
          return THUNK;
        }
        try {
          t.force(state);
        } catch (NixError e) {
          return Bytewise.of("«error: ") + firstLine(e.getMessage()) + Bytewise.of("»");
        }
      }
      v = t.valueIfEvaluated();
    }
    if (v instanceof NixInt i) {
      return Long.toString(i.value);
    }
    if (v instanceof NixBool b) {
      return b.value ? "true" : "false";
    }
    if (v instanceof NixNull) {
      return "null";
    }
    if (v instanceof NixFloat f) {
      return FloatFormat.format(f.value);
    }
    if (v instanceof NixString s) {
      return string(s.value);
    }
    if (v instanceof NixPath p) {
      return p.path;
    }
    if (v instanceof NixLambda lambda) {
      String name = lambda.node.name();
      return Bytewise.of("«lambda ") + (name == null ? "" : name + " ") + "@ " + where(lambda.node.pos())
          + Bytewise.of("»");
    }
    if (v instanceof PrimOp op) {
      return Bytewise.of("«primop ") + op.name + Bytewise.of("»");
    }
    if (v instanceof PrimOpApp app) {
      return Bytewise.of("«partially applied primop ") + app.op.name + Bytewise.of("»");
    }
    if (v instanceof NixAttrs attrs) {
      String derivation = derivation(attrs);
      if (derivation != null) {
        return derivation;
      }
      return attrs(attrs, depth, indent);
    }
    if (v instanceof NixList list) {
      return list(list, depth, indent);
    }
    return Bytewise.of("«") + v.type().name().toLowerCase() + Bytewise.of("»");
  }

  private String attrs(NixAttrs attrs, int depth, String indent) {
    if (attrs.isEmpty()) {
      return "{ }";
    }
    if (depth >= limits.depth()) {
      return Bytewise.of("{ … }");
    }
    ArrayAttrs flat = attrs.flat();
    List<String> entries = new ArrayList<>();
    String inner = indent + "  ";
    int shown = Math.min(flat.size(), limits.entries());
    for (int i = 0; i < shown; i++) {
      entries.add(ExprPrinter.identifier(flat.keyAt(i).name) + " = " + render(flat.valueAt(i), depth + 1, inner) + ";");
    }
    if (shown < flat.size()) {
      entries.add(Bytewise.of("… ") + (flat.size() - shown) + " more");
    }
    return layout("{", entries, "}", indent);
  }

  private String list(NixList list, int depth, String indent) {
    if (list.size() == 0) {
      return "[ ]";
    }
    if (depth >= limits.depth()) {
      return Bytewise.of("[ … ]");
    }
    List<String> entries = new ArrayList<>();
    String inner = indent + "  ";
    int shown = Math.min(list.size(), limits.entries());
    for (int i = 0; i < shown; i++) {
      entries.add(render(list.get(i), depth + 1, inner));
    }
    if (shown < list.size()) {
      entries.add(Bytewise.of("… ") + (list.size() - shown) + " more");
    }
    return layout("[", entries, "]", indent);
  }

  /** One line when it fits and nothing inside spans lines; else one entry a line. */
  private String layout(String open, List<String> entries, String close, String indent) {
    String oneLine = open + " " + String.join(" ", entries) + " " + close;
    if (indent.length() + oneLine.length() <= limits.lineWidth() && oneLine.indexOf('\n') < 0) {
      return oneLine;
    }
    StringBuilder out = new StringBuilder(open).append('\n');
    for (String entry : entries) {
      out.append(indent).append("  ").append(entry).append('\n');
    }
    return out.append(indent).append(close).toString();
  }

  /** {@code «derivation PATH»} for a set whose {@code type} is {@code "derivation"}, else null. */
  private String derivation(NixAttrs attrs) {
    Value type = attrs.get(EvalState.TYPE);
    if (type instanceof Thunk t) {
      type = t.valueIfEvaluated();
    }
    if (!(type instanceof NixString s) || !s.value.equals("derivation")) {
      return null;
    }
    Value drvPath = attrs.get("drvPath");
    if (drvPath == null) {
      return Bytewise.of("«derivation»");
    }
    try {
      // computing the .drv path only hashes (the store is a computing one): nothing is built
      Value path = state.force(drvPath);
      if (!(path instanceof NixString p)) {
        return Bytewise.of("«derivation»");
      }
      return Bytewise.of("«derivation ") + (limits.derivationPaths() ? p.value : drvName(p.value)) + Bytewise.of("»");
    } catch (NixError e) {
      return Bytewise.of("«derivation (error: ") + firstLine(e.getMessage()) + Bytewise.of(")»");
    }
  }

  /** {@code /nix/store/HASH-name.drv} → {@code name}. */
  private static String drvName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dash = name.indexOf('-');
    name = dash >= 0 ? name.substring(dash + 1) : name;
    return name.endsWith(".drv") ? name.substring(0, name.length() - 4) : name;
  }

  /** A position as {@code file:line:col}, the file relative to the base when under it. */
  public String where(Pos pos) {
    if (pos == null) {
      return Bytewise.of("«unknown»");
    }
    String name = pos.file().name();
    if (base != null && name.startsWith(base)) {
      name = name.substring(base.length());
    }
    return name + ":" + pos.line() + ":" + pos.column();
  }

  private String string(String s) {
    StringBuilder out = new StringBuilder("\"");
    int shown = Math.min(s.length(), limits.stringLength());
    for (int i = 0; i < shown; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"', '\\' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$' -> out.append(i + 1 < s.length() && s.charAt(i + 1) == '{' ? "\\$" : "$");
        default -> out.append(c);
      }
    }
    if (shown < s.length()) {
      out.append(Bytewise.of("…"));
    }
    return out.append('"').toString();
  }

  /** The type of a value as Nix's {@code typeOf} names it, or "thunk" when it is not forced. */
  public static String typeName(Value value) {
    Value v = value instanceof Thunk t ? t.valueIfEvaluated() : value;
    if (v == null) {
      return "thunk";
    }
    if (v instanceof NixAttrs attrs) {
      Value type = attrs.get(EvalState.TYPE);
      Value known = type instanceof Thunk t ? t.valueIfEvaluated() : type;
      if (known instanceof NixString s && s.value.equals("derivation")) {
        return "derivation";
      }
      return "set";
    }
    return v.type().typeOf();
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
