package dev.six.s6.site;

import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.source.Pos;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import dev.six.s6.HostDescription;
import dev.six.s6.ServiceRecord;
import dev.six.s6.compile.InstallPrefixes;
import dev.six.s6.source.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a site's hosts out of its evaluated value: {@code descriptions.<host>} (required: what the
 * s6 emitter compiles), and, when the site has them, {@code configurations.<host>} (the package
 * set whose execline, s6 and s6-rc the generated scripts call, and where each service is defined)
 * and {@code firmware.<host>} (the flash image derivation). The bundled site has all of them.
 * {@code six build} builds what it reads; the language server compiles it in memory.
 */
public final class SiteReader {
  private final Evaluator evaluator;
  private final EvalState st;
  private final NixAttrs site;

  public SiteReader(Evaluator evaluator, Value site) {
    this.evaluator = evaluator;
    this.st = evaluator.state();
    this.site = evaluator.run(() -> st.forceAttrs(site, null));
  }

  /** The site's host names, sorted. */
  public List<String> hosts() {
    return evaluator.run(() -> {
      NixAttrs descriptions = attrs(site, "descriptions");
      if (descriptions == null) {
        throw new IllegalArgumentException("the site has no 'descriptions' attribute (a set of host name = s6-rc description)");
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < descriptions.size(); i++) {
        out.add(descriptions.keyAt(i).name);
      }
      return out;
    });
  }

  public HostDescription description(String host) {
    return evaluator.run(() -> {
      Value d = attrs(site, "descriptions").get(host);
      DeepForce.force(st, d);
      return HostDescription.read(st, d);
    });
  }

  /**
   * The install prefixes of the host's packages ({@code configurations.<host>.scope.pkgs}, as
   * nixpkgs builds them with absolute paths), or {@code null} when the site does not say.
   */
  public InstallPrefixes prefixes(String host) {
    return evaluator.run(() -> {
      NixAttrs pkgs = attrs(attrs(configuration(host), "scope"), "pkgs");
      String execline = outPath(attrs(pkgs, "execline"));
      String s6 = outPath(attrs(pkgs, "s6"));
      String s6Rc = outPath(attrs(pkgs, "s6-rc"));
      return execline == null || s6 == null || s6Rc == null ? null : InstallPrefixes.absolute(execline, s6, s6Rc);
    });
  }

  /** Where the host's services are written, from {@code servicePaths} and each target's {@code passthru.service}. */
  public SiteLocator locator(String host, HostDescription description) {
    return evaluator.run(() -> {
      NixAttrs configuration = configuration(host);
      NixAttrs servicePaths = attrs(configuration, "servicePaths");
      NixAttrs targets = attrs(configuration, "targets");
      Map<String, Path> files = new HashMap<>();
      if (servicePaths != null && targets != null) {
        for (ServiceRecord r : description.services()) {
          String service = serviceOf(targets, r.spath());
          Value file = service == null ? null : servicePaths.get(service);
          if (file != null && st.force(file) instanceof NixPath p) {
            files.put(r.name(), Path.of(decodeName(p.path)));
          }
        }
        // a generated logger is explained by its producer's definition
        for (ServiceRecord r : description.services()) {
          if (!files.containsKey(r.name()) && r.name().endsWith("-log")) {
            Path producer = files.get(r.name().substring(0, r.name().length() - 4));
            if (producer != null) {
              files.put(r.name(), producer);
            }
          }
        }
      }
      return new SiteLocator(files, hostLocation(host));
    });
  }

  /** {@code firmware.<host>}, forced, or {@code null} when the site has none for it. */
  public NixAttrs firmware(String host) {
    return evaluator.run(() -> attrs(attrs(site, "firmware"), host));
  }

  /** Where the host is written (its {@code hosts.<host>.name}, else its {@code descriptions.<host>}), or null. */
  public SourceLocation location(String host) {
    return evaluator.run(() -> hostLocation(host));
  }

  private SourceLocation hostLocation(String host) {
    NixAttrs written = attrs(attrs(site, "hosts"), host);
    Pos pos = written == null ? null : written.positionOf(Symbol.of("name"));
    if (pos == null) {
      pos = attrs(site, "descriptions").positionOf(Symbol.of(host));
    }
    return pos == null ? null : new SourceLocation(decodeName(pos.file().name()), pos.line(), pos.column());
  }

  private String serviceOf(NixAttrs targets, List<String> spath) {
    Value v = targets;
    for (String step : spath) {
      if (!(st.force(v) instanceof NixAttrs a) || (v = a.get(step)) == null) {
        return null;
      }
    }
    NixAttrs passthru = attrs(v, "passthru");
    Value service = passthru == null ? null : passthru.get("service");
    return service != null && st.force(service) instanceof NixString s ? s.value : null;
  }

  private NixAttrs configuration(String host) {
    return attrs(attrs(site, "configurations"), host);
  }

  private String outPath(NixAttrs drv) {
    Value out = drv == null ? null : drv.get("outPath");
    return out != null && st.force(out) instanceof NixString s ? s.value : null;
  }

  /** {@code set.name} forced to a set, or {@code null} when {@code set} is null or has no such set. */
  private NixAttrs attrs(Value set, String name) {
    if (set == null || !(st.force(set) instanceof NixAttrs a)) {
      return null;
    }
    Value v = a.get(name);
    return v != null && st.force(v) instanceof NixAttrs found ? found : null;
  }

  /** A file name of the evaluator (one char per byte) as text. */
  private static String decodeName(String bytewise) {
    return new String(bytewise.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }
}
