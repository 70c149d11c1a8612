package dev.six.eval.print;

import dev.six.eval.error.EvalError;
import dev.six.eval.ir.LambdaNode;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.Derivations;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.NixLambda;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.FloatFormat;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Values as Nix's XML, for {@code builtins.toXML} and {@code nix-instantiate --eval --xml}: an
 * {@code <expr>} holding {@code <attrs>} of {@code <attr name>}, {@code <list>}, scalars as empty
 * elements with a {@code value}, functions with their argument pattern ({@code <varpat>} or
 * {@code <attrspat>}), and a derivation as {@code <derivation>} with its paths, its attributes
 * written only the first time its {@code .drv} is met. With locations on, attributes and functions
 * carry the line, column and (for files) path where they were defined. Unevaluated parts (when not
 * strict) and built-in functions are {@code <unevaluated />}.
 */
public final class XmlPrinter {
  private static final Symbol DRV_PATH = Symbol.of("drvPath");

  private final EvalState st;
  private final boolean strict;
  private final boolean location;
  private final ContextCollector context;
  private final XmlWriter doc = new XmlWriter();
  private final Set<String> derivationsSeen = new HashSet<>();
  private int depth;

  private XmlPrinter(EvalState st, boolean strict, boolean location, ContextCollector context) {
    this.st = st;
    this.strict = strict;
    this.location = location;
    this.context = context;
  }

  /**
   * The XML document for {@code value}; with {@code strict} everything is evaluated, without it
   * what is not evaluated yet shows as unevaluated. String contexts go to {@code context}.
   */
  public static String print(EvalState st, Value value, boolean strict, boolean location, ContextCollector context) {
    XmlPrinter printer = new XmlPrinter(st, strict, location, context);
    printer.doc.open("expr");
    printer.value(value, null);
    return printer.doc.finish();
  }

  private void value(Value value, Pos pos) {
    if (++depth > NestingLimit.XML_LEVELS) {
      depth--;
      throw NestingLimit.exceeded();
    }
    try {
      write(strict ? st.force(value) : value);
    } finally {
      depth--;
    }
  }

  private void write(Value value) {
    Value v = value;
    if (v instanceof Thunk t) {
      if (!t.isEvaluated()) {
        doc.empty("unevaluated");
        return;
      }
      v = t.valueIfEvaluated();
    }
    if (v instanceof NixInt i) {
      doc.empty("int", Map.of("value", Long.toString(i.value)));
    } else if (v instanceof NixBool b) {
      doc.empty("bool", Map.of("value", b.value ? "true" : "false"));
    } else if (v instanceof NixString s) {
      context.add(s.context);
      doc.empty("string", Map.of("value", s.value));
    } else if (v instanceof NixPath p) {
      doc.empty("path", Map.of("value", p.path));
    } else if (v instanceof NixNull) {
      doc.empty("null");
    } else if (v instanceof NixFloat f) {
      doc.empty("float", Map.of("value", FloatFormat.format(f.value)));
    } else if (v instanceof NixAttrs attrs) {
      attrs(attrs);
    } else if (v instanceof NixList list) {
      doc.open("list");
      for (Value element : list.elements()) {
        value(element, null);
      }
      doc.close();
    } else if (v instanceof NixLambda lambda) {
      function(lambda.node);
    } else {
      // Built-in functions, whole or partly applied: Nix has no XML for them.
      doc.empty("unevaluated");
    }
  }

  private void attrs(NixAttrs attrs) {
    if (!Derivations.isDerivation(st, attrs)) {
      doc.open("attrs");
      members(attrs);
      doc.close();
      return;
    }
    Map<String, String> paths = new TreeMap<>();
    String drvPath = pathAttribute(attrs, DRV_PATH);
    if (drvPath != null) {
      paths.put("drvPath", drvPath);
    }
    String outPath = pathAttribute(attrs, EvalState.OUT_PATH);
    if (outPath != null) {
      paths.put("outPath", outPath);
    }
    doc.open("derivation", paths);
    if (drvPath != null && !drvPath.isEmpty() && derivationsSeen.add(drvPath)) {
      members(attrs);
    } else {
      doc.empty("repeated");
    }
    doc.close();
  }

  /** A derivation's {@code drvPath} or {@code outPath} when it is a string. */
  private String pathAttribute(NixAttrs attrs, Symbol name) {
    Value v = attrs.get(name);
    if (v == null) {
      return null;
    }
    if (strict) {
      v = st.force(v);
    } else if (v instanceof Thunk t) {
      v = t.valueIfEvaluated();
    }
    return v instanceof NixString s ? s.value : null;
  }

  private void members(NixAttrs attrs) {
    ArrayAttrs flat = attrs.flat();
    for (int i = 0; i < flat.size(); i++) {
      Symbol name = flat.keyAt(i);
      Pos pos = flat.positionOf(name);
      Map<String, String> attributes = new TreeMap<>();
      attributes.put("name", name.name);
      if (location && pos != null) {
        position(attributes, pos);
      }
      doc.open("attr", attributes);
      value(flat.valueAt(i), pos);
      doc.close();
    }
  }

  private void function(LambdaNode lambda) {
    Map<String, String> attributes = new TreeMap<>();
    if (location && lambda.pos() != null) {
      position(attributes, lambda.pos());
    }
    doc.open("function", attributes);
    if (lambda.hasFormals()) {
      Map<String, String> pattern = new TreeMap<>();
      if (lambda.arg() != null) {
        pattern.put("name", lambda.arg().name);
      }
      if (lambda.ellipsis()) {
        pattern.put("ellipsis", "1");
      }
      doc.open("attrspat", pattern);
      for (Symbol formal : lambda.formals()) {
        doc.empty("attr", Map.of("name", formal.name));
      }
      doc.close();
    } else {
      doc.empty("varpat", Map.of("name", lambda.arg().name));
    }
    doc.close();
  }

  /** Only files have a path; current Nix leaves it out for expressions given as text. */
  private static void position(Map<String, String> attributes, Pos pos) {
    if (pos.file().origin() == SourceFile.Origin.FILE) {
      attributes.put("path", pos.file().path());
    }
    attributes.put("line", Integer.toString(pos.line()));
    attributes.put("column", Integer.toString(pos.column()));
  }
}
