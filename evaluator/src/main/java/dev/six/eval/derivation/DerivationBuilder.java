package dev.six.eval.derivation;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.error.NixError;
import dev.six.eval.hash.Hash;
import dev.six.eval.runtime.Coercion;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.store.StoreException;
import dev.six.eval.store.StorePaths;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The work of {@code derivationStrict} once the name is known: the attributes, in name order, become
 * the builder's arguments ({@code args}) and environment (everything else, coerced to strings as
 * {@code toString} does, paths copied to the store), or one JSON object with
 * {@code __structuredAttrs}; a few also configure the derivation ({@code builder system outputs
 * outputHash outputHashAlgo outputHashMode __ignoreNulls}). The strings' contexts become its
 * inputs; then its output paths are computed. Attributes are evaluated in Nix's order, so the
 * first error is Nix's. Messages and positions are Nix 2.8's where 2.8 has the check (most at the
 * {@code name} attribute), current Nix's for the checks it added.
 */
public final class DerivationBuilder {
  private static final Symbol IGNORE_NULLS = Symbol.of("__ignoreNulls");
  private static final Symbol STRUCTURED_ATTRS = Symbol.of("__structuredAttrs");
  /** What structured attributes make ineffective, each with a warning. */
  private static final Set<String> OUTPUT_CHECKS = Set.of(
      "allowedReferences", "allowedRequisites", "disallowedReferences", "disallowedRequisites", "maxSize",
      "maxClosureSize");

  private final EvalState st;
  private final String name;
  /** Where {@code derivationStrict} was called. */
  private final Pos pos;
  /** Where {@code name} was defined, where Nix 2.8 reports most problems. */
  private final Pos namePos;
  private final ContextCollector context = new ContextCollector();
  private final TreeMap<String, String> env = new TreeMap<>();
  private final List<String> args = new ArrayList<>();
  private final OutputHashSpec outputHash = new OutputHashSpec();
  private SortedSet<String> outputs = new TreeSet<>(List.of("out"));
  private StructuredAttrs structured;
  /** The structured attributes given as JSON text by an attribute {@code __json}, or null. */
  private String jsonAttribute;
  private String builder = "";
  private String platform = "";

  public DerivationBuilder(EvalState st, String name, Pos pos, Pos namePos) {
    this.st = st;
    this.name = name;
    this.pos = pos;
    this.namePos = namePos != null ? namePos : pos;
  }

  /** The derivation {@code attrs} describe, with its output paths. */
  public Derivation build(ArrayAttrs attrs) {
    DerivationName.check(name);
    Value structuredAttrs = attrs.get(STRUCTURED_ATTRS);
    if (structuredAttrs != null && st.forceBool(structuredAttrs, pos)) {
      structured = new StructuredAttrs(st);
    }
    Value ignoreNullsAttr = attrs.get(IGNORE_NULLS);
    boolean ignoreNulls = ignoreNullsAttr != null && st.forceBool(ignoreNullsAttr, pos);
    for (int i = 0; i < attrs.size(); i++) {
      Symbol key = attrs.keyAt(i);
      if (key == IGNORE_NULLS) {
        continue;
      }
      Pos attrPos = attrs.positionOf(key) != null ? attrs.positionOf(key) : namePos;
      try {
        Value value = attrs.valueAt(i);
        if (ignoreNulls && st.force(value, pos) instanceof NixNull) {
          continue;
        }
        attribute(key.name, value, attrPos);
      } catch (NixError e) {
        // Nix 2.8's frame, at the derivation's name as there.
        e.addTrace("while evaluating the attribute '" + key.name + "' of the derivation '" + name + "'", namePos);
        throw e;
      }
    }
    return finish();
  }

  private void attribute(String key, Value value, Pos attrPos) {
    switch (key) {
      case "__contentAddressed":
        if (st.forceBool(value, pos)) {
          throw ExperimentalFeatures.disabled("ca-derivations", null);
        }
        break;
      case "__impure":
        if (st.forceBool(value, pos)) {
          throw ExperimentalFeatures.disabled("impure-derivations", null);
        }
        break;
      case "args":
        NixList list = st.forceList(value, pos);
        for (int k = 0; k < list.size(); k++) {
          args.add(Coercion.toString(st, list.get(k), namePos, context, true, true));
        }
        break;
      default:
        if (structured != null) {
          structuredAttribute(key, value);
        } else {
          plainAttribute(key, value, attrPos);
        }
    }
  }

  /** An attribute that becomes a variable of its own. */
  private void plainAttribute(String key, Value value, Pos attrPos) {
    String s = Coercion.toString(st, value, attrPos, context, true, true);
    if (key.equals(StructuredAttrs.VARIABLE)) {
      st.log().println("warning: setting structured attributes via '__json' is deprecated, and may be disallowed "
          + "in future versions of Nix. Set '__structuredAttrs = true' instead.");
      jsonAttribute = StructuredAttrs.reencode(st, s, attrPos);
      return;
    }
    env.put(key, s);
    switch (key) {
      case "builder":
        builder = s;
        break;
      case "system":
        platform = s;
        break;
      case "outputHash":
        outputHash.hash(s);
        break;
      case "outputHashAlgo":
        outputHash.algorithm(s);
        break;
      case "outputHashMode":
        outputHash.mode(s, name, namePos);
        break;
      case "outputs":
        outputs(tokenize(s));
        break;
      default:
        break;
    }
  }

  /** An attribute that becomes a member of the {@code __json} object. */
  private void structuredAttribute(String key, Value value) {
    if (key.equals(STRUCTURED_ATTRS.name)) {
      return;
    }
    structured.add(key, value, pos, context);
    switch (key) {
      case "builder":
        NixString s = st.forceString(value, namePos);
        context.add(s.context);
        builder = s.value;
        break;
      case "system":
        platform = st.forceStringNoContext(value, namePos);
        break;
      case "outputHash":
        outputHash.hash(st.forceStringNoContext(value, namePos));
        break;
      case "outputHashAlgo":
        outputHash.algorithm(st.forceStringNoContext(value, namePos));
        break;
      case "outputHashMode":
        outputHash.mode(st.forceStringNoContext(value, namePos), name, namePos);
        break;
      case "outputs":
        NixList list = st.forceList(value, namePos);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
          names.add(st.forceStringNoContext(list.get(k), namePos));
        }
        outputs(names);
        break;
      default:
        if (OUTPUT_CHECKS.contains(key)) {
          st.log().println("warning: 'structuredAttrs' disables the effect of the derivation attribute '" + key
              + "'; use 'outputChecks.<output>." + key + "' instead");
        }
    }
  }

  private void outputs(List<String> names) {
    TreeSet<String> set = new TreeSet<>();
    for (String output : names) {
      if (!set.add(output)) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "duplicate derivation output '" + output + "'", namePos);
      }
      // The result has an attribute drvPath already, so no output may be called that.
      if (output.equals("drvPath")) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "invalid derivation output name 'drvPath'", namePos);
      }
    }
    if (set.isEmpty()) {
      throw new EvalError(ErrorKind.INVALID_VALUE, "derivation cannot have an empty set of outputs", namePos);
    }
    outputs = set;
  }

  /** Nix's {@code tokenizeString}: the words of {@code s} separated by spaces, tabs and newlines. */
  private static List<String> tokenize(String s) {
    List<String> words = new ArrayList<>();
    for (String word : s.split("[ \t\n\r]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private Derivation finish() {
    String structuredAttrs = structured != null ? structured.render(pos) : jsonAttribute;
    DerivationInputs inputs = new DerivationInputs(st.store(), context.build());
    if (builder.isEmpty()) {
      throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "required attribute 'builder' missing", namePos);
    }
    if (platform.isEmpty()) {
      throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "required attribute 'system' missing", namePos);
    }
    if (name.endsWith(".drv")) {
      throw new EvalError(ErrorKind.INVALID_VALUE, "derivation names are not allowed to end in '.drv'", namePos);
    }
    try {
      return outputHash.isFixed() ? fixedOutput(inputs, structuredAttrs) : inputAddressed(inputs, structuredAttrs);
    } catch (StoreException e) {
      throw new EvalError(ErrorKind.INVALID_VALUE, e.getMessage(), null);
    }
  }

  private Derivation fixedOutput(DerivationInputs inputs, String structuredAttrs) {
    if (outputs.size() != 1 || !outputs.first().equals("out")) {
      throw new EvalError(ErrorKind.INVALID_VALUE, "multiple outputs are not supported in fixed-output derivations",
          namePos);
    }
    DerivationOutput.Fixed out = outputHash.output(st.store().paths(), name, st.log());
    env.put("out", out.path());
    TreeMap<String, DerivationOutput> fixed = new TreeMap<>();
    fixed.put("out", out);
    return new Derivation(name, fixed, inputs.drvs, inputs.srcs, platform, builder, args, env, structuredAttrs);
  }

  /** Output paths from the hash of the derivation with them left empty ("masked"). */
  private Derivation inputAddressed(DerivationInputs inputs, String structuredAttrs) {
    TreeMap<String, DerivationOutput> deferred = new TreeMap<>();
    for (String output : outputs) {
      deferred.put(output, new DerivationOutput.Deferred());
      env.put(output, "");
    }
    Derivation masked =
        new Derivation(name, deferred, inputs.drvs, inputs.srcs, platform, builder, args, env, structuredAttrs);
    Hash hash = st.store().derivationHashes().masked(masked);
    StorePaths paths = st.store().paths();
    TreeMap<String, DerivationOutput> addressed = new TreeMap<>();
    for (String output : outputs) {
      String path = paths.makeOutput(output, hash, name);
      addressed.put(output, new DerivationOutput.InputAddressed(path));
      env.put(output, path);
    }
    return masked.with(addressed, env);
  }
}
