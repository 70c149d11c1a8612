package dev.six.cli;

import static dev.six.cli.CommandSpecs.flag;
import static dev.six.cli.CommandSpecs.optionalPositional;
import static dev.six.cli.CommandSpecs.repeatable;
import static dev.six.cli.CommandSpecs.value;

import dev.six.s6.site.SiteReader;
import dev.six.eval.error.NixError;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;
import dev.six.s6.compile.InstallPrefixes;
import dev.six.s6.compile.RcVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code six build}: evaluates a site and builds each host into its s6-rc source tree and compiled
 * database (and its firmware image when Nix is installed), each host's result replaced atomically.
 */
final class BuildCommand implements Callable<Integer>, Subcommand {
  private String site;
  private final List<String> hosts = new ArrayList<>();
  private Path out = Path.of("result");
  private String version = "0.5";
  private String execline;
  private String s6;
  private String s6Rc;
  private boolean noFirmware;
  private final List<String> nixOptions = new ArrayList<>();
  private final EvalFlags flags = new EvalFlags();
  private final StoreFlags store = new StoreFlags();

  private final Terminal terminal;

  BuildCommand() {
    this(Terminal.system());
  }

  BuildCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public CommandSpec spec() {
    CommandSpec spec = CommandSpecs.command(this, "build",
        "Build a sixos site: for every host, OUT/<host>/s6-rc/source (the s6-rc source definition directories) and"
            + " OUT/<host>/s6-rc/compiled (the database s6-rc-compile would write, byte for byte), plus the"
            + " host's firmware image when the site has one and Nix is installed (else its .drv path).",
        "SITE is a Nix file or directory whose value has descriptions.<host> (corpus/six's describeHost), and"
            + " optionally configurations.<host> and firmware.<host>; without SITE, the bundled corpus/site.",
        "Each OUT/<host> is a link to a complete result, replaced atomically; a failed build leaves the previous one."
            + " Exits 1 when any host fails (errors are printed as FILE:LINE:COL: error: ...).");
    spec.addPositional(optionalPositional(path -> site = path, "SITE",
        "The site (default: the bundled corpus/site)."));
    spec.addOption(repeatable(hosts, 1, "HOST", "Build only HOST (repeatable; default: every host).", "--host"));
    spec.addOption(value(Path.class, dir -> out = dir, "DIR", "Where the results go (default: ./result).",
        "-o", "--out"));
    spec.addOption(value(layout -> version = layout, "VERSION", "The compiled database layout: 0.5"
        + " (s6-rc 0.5.4.1 to 0.6.x, the default) or 0.7 (s6-rc 0.7.0.0: oneshot reload scripts, flag-recommended).",
        "--s6-rc-version"));
    spec.addOption(value(dir -> execline = dir, "DIR", "execline's installation directory (its bin/ holds"
        + " execlineb); default: the site's pkgs.execline, else Debian's layout.", "--execline"));
    spec.addOption(value(dir -> s6 = dir, "DIR", "s6's installation directory (default: the site's pkgs.s6).",
        "--s6"));
    spec.addOption(value(dir -> s6Rc = dir, "DIR", "s6-rc's installation directory, whose libexec/ holds its"
        + " helpers (default: the site's pkgs.s6-rc).", "--s6-rc"));
    spec.addOption(flag(on -> noFirmware = on, "Do not build firmware images.", "--no-firmware"));
    spec.addOption(repeatable(nixOptions, 2, "NAME VALUE", "A Nix setting for the firmware"
        + " build (e.g. --option sandbox false); repeatable; passed to nix-store.", "--option"));
    flags.addTo(spec);
    store.addTo(spec);
    return CommandSpecs.withHelp(spec);
  }

  @Override
  public Integer call() throws IOException {
    try {
      return run();
    } finally {
      terminal.flush();
    }
  }

  private int run() throws IOException {
    RcVersion layout = RcVersion.parse(version);
    if (layout == null) {
      terminal.stderr().println("error: unknown --s6-rc-version '" + version + "' (known: 0.5, 0.7)");
      return 1;
    }
    String cwd = terminal.cwd();
    if (!flags.reportNixOptions(terminal.stderr())) {
      return 1;
    }
    Evaluator evaluator = flags.evaluator(terminal);
    boolean bundled = site == null;
    String siteArgument = bundled ? Launcher.repositoryRoot().resolve("corpus/site").toString() : site;
    try {
      Value root = evaluator.evalFile(FileArguments.resolve(evaluator, siteArgument, cwd));
      if (flags.attrPaths().size() > 1) {
        terminal.stderr().println("error: six build takes one -A (the site inside SITE), not " + flags.attrPaths().size());
        return 1;
      }
      // -A picks the site inside the file, --arg/--argstr call it when it is a function
      Value selected = AttrPathSelection.select(evaluator, root, flags.attrPaths().get(0), flags.autoArgs(terminal), cwd);
      SiteReader reader = new SiteReader(evaluator, selected);
      List<String> all = reader.hosts();
      List<String> chosen = hosts.isEmpty() ? all : hosts;
      for (String h : chosen) {
        if (!all.contains(h)) {
          terminal.stderr().println("error: the site has no host '" + h + "' (its hosts: " + String.join(", ", all) + ")");
          return 1;
        }
      }
      HostBuilder builder = new HostBuilder(evaluator, reader, terminal, Path.of(cwd).resolve(out), layout,
          explicitPrefixes(), firmwareBuilder(bundled), flags.showTrace());
      BuildSummary summary = new BuildSummary(terminal.stdout());
      for (int i = 0; i < chosen.size(); i++) {
        summary.add(builder.build(chosen.get(i), i + 1, chosen.size()));
      }
      summary.print();
      return summary.failed() ? 1 : 0;
    } catch (NixError e) {
      terminal.stdout().flush();
      terminal.stderr().print(EvalErrorRenderer.render(e, flags.showTrace()));
      return 1;
    } catch (IllegalArgumentException e) {
      terminal.stderr().println("error: " + e.getMessage());
      return 1;
    }
  }

  /** The prefixes given on the command line, or {@code null} to take the site's. */
  private InstallPrefixes explicitPrefixes() {
    if (execline == null && s6 == null && s6Rc == null) {
      return null;
    }
    InstallPrefixes debian = InstallPrefixes.debian();
    return new InstallPrefixes(
        execline == null ? debian.shebangDir() : dir(execline) + "bin/",
        execline == null ? debian.execlineBin() : dir(execline) + "bin/",
        s6 == null ? debian.s6Bin() : dir(s6) + "bin/",
        s6Rc == null ? debian.s6RcLibexec() : dir(s6Rc) + "libexec/");
  }

  private static String dir(String d) {
    String absolute = Path.of(d).toAbsolutePath().normalize().toString();
    return absolute.endsWith("/") ? absolute : absolute + "/";
  }

  private FirmwareBuilder firmwareBuilder(boolean bundled) {
    if (noFirmware) {
      return null;
    }
    List<String> options = new ArrayList<>(store.storeArgs());
    // the bundled site's stub packages are built with the host's /bin/sh tools, outside a sandbox
    if (bundled && !nixOptions.contains("sandbox")) {
      options.addAll(List.of("--option", "sandbox", "false"));
    }
    for (int i = 0; i + 1 < nixOptions.size(); i += 2) {
      options.addAll(List.of("--option", nixOptions.get(i), nixOptions.get(i + 1)));
    }
    return new FirmwareBuilder(store, terminal, options);
  }
}
