package dev.six.cli;

import dev.six.s6.site.SiteReader;
import dev.six.eval.error.NixError;
import dev.six.eval.nixstore.NixStoreException;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.NixAttrs;
import dev.six.s6.HostDescription;
import dev.six.s6.SourceTreeWriter;
import dev.six.s6.compile.CompileError;
import dev.six.s6.compile.CompileOptions;
import dev.six.s6.compile.Compilation;
import dev.six.s6.compile.CompiledWriter;
import dev.six.s6.compile.InstallPrefixes;
import dev.six.s6.compile.RcVersion;
import dev.six.s6.compile.S6RcCompiler;
import dev.six.s6.output.ResultDirectory;
import dev.six.s6.source.DescriptionSource;
import dev.six.s6.source.SourceLocation;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one host of a site into {@code OUT/<host>}: evaluates its description, compiles it (errors
 * at the Nix that caused them), builds its firmware, writes source tree and database into a new
 * generation and only then makes it the result; any failure leaves the previous result.
 */
final class HostBuilder {
  private final Evaluator evaluator;
  private final SiteReader site;
  private final Terminal terminal;
  private final Path out;
  private final RcVersion version;
  private final InstallPrefixes prefixes;
  private final FirmwareBuilder firmware;
  private final boolean progress = Boolean.getBoolean("six.stderr.tty");
  private final boolean showTrace;

  /** {@code prefixes} null: the site's own; {@code firmware} null: no firmware. */
  HostBuilder(Evaluator evaluator, SiteReader site, Terminal terminal, Path out, RcVersion version,
      InstallPrefixes prefixes, FirmwareBuilder firmware, boolean showTrace) {
    this.showTrace = showTrace;
    this.version = version;
    this.evaluator = evaluator;
    this.site = site;
    this.terminal = terminal;
    this.out = out;
    this.prefixes = prefixes;
    this.firmware = firmware;
  }

  /**
   * Builds {@code host}; whatever goes wrong (evaluation, compilation, firmware, writing) is
   * reported and makes this host fail, and the others are still built.
   */
  HostResult build(String host, int number, int total) {
    try {
      return buildOrThrow(host, number, total);
    } catch (NixError e) {
      endProgress();
      terminal.stderr().print(EvalErrorRenderer.render(e, showTrace));
    } catch (IOException | UncheckedIOException e) {
      endProgress();
      terminal.stderr().println("error: " + host + ": " + e.getMessage());
    }
    return HostResult.failure(host);
  }

  private HostResult buildOrThrow(String host, int number, int total) throws IOException {
    PrintStream err = terminal.stderr();
    ResultDirectory result = new ResultDirectory(out, host);
    step(number, total, host, "evaluating");
    HostDescription description;
    try {
      description = site.description(host);
    } catch (IllegalArgumentException e) {
      endProgress();
      err.println("error: " + host + ": " + e.getMessage());
      return HostResult.failure(host);
    }
    InstallPrefixes chosen = prefixes != null ? prefixes : site.prefixes(host);
    if (chosen == null) {
      chosen = InstallPrefixes.debian();
    }
    CompileOptions options = CompileOptions.of(chosen);
    // messages name the source as s6-rc-compile would be given it from inside OUT
    String sourceLabel = host + "/s6-rc/source";
    step(number, total, host, "compiling");
    Compilation compilation;
    List<String> warnings = new ArrayList<>();
    try {
      compilation = S6RcCompiler.compile(List.of(
          new DescriptionSource(sourceLabel, description, site.locator(host, description))), warnings, version);
    } catch (CompileError e) {
      endProgress();
      warn(err, host, warnings);
      report(err, host, e);
      return HostResult.failure(host);
    }
    Path generation = result.newGeneration();
    boolean committed = false;
    try {
      FirmwareBuilder.Outcome image = null;
      NixAttrs firmwareImage = firmware == null ? null : site.firmware(host);
      if (firmwareImage != null) {
        step(number, total, host, "building firmware");
        image = firmware.build(evaluator, firmwareImage, generation);
      }
      step(number, total, host, "writing");
      SourceTreeWriter.write(description, generation.resolve("s6-rc/source"));
      CompiledWriter.write(compilation, options, generation.resolve("s6-rc/compiled"));
      result.commit(generation);
      committed = true;
      endProgress();
      warn(err, host, warnings);
      if (image != null && image.note() != null) {
        err.println("six build: " + host + ": note: " + image.note());
      }
      var db = compilation.database();
      return new HostResult(host, false, db.longruns() - 2, db.oneshots(), db.bundles().size(),
          compilation.warnings().size(), display(result.path()),
          image == null ? null : image.imagePath() != null ? image.imagePath() : image.drvPath() + " (not built)");
    } catch (CompileError e) {
      endProgress();
      warn(err, host, warnings);
      report(err, host, e);
      return HostResult.failure(host);
    } catch (NixStoreException e) {
      endProgress();
      err.println("error: " + host + ": " + e.getMessage());
      return HostResult.failure(host);
    } finally {
      if (!committed) {
        result.abandon(generation);
      }
    }
  }

  private static void warn(PrintStream err, String host, List<String> warnings) {
    for (String w : warnings) {
      err.println("six build: " + host + ": warning: " + w);
    }
  }

  private void report(PrintStream err, String host, CompileError e) {
    err.println(where(e.location()) + "error: " + e.getMessage() + " (host " + host + ")");
    for (CompileError.Note note : e.notes()) {
      err.println(where(note.location()) + "note: " + note.message());
    }
  }

  private static String where(SourceLocation l) {
    return l == null ? "" : l + ": ";
  }

  private String display(Path p) {
    Path cwd = Path.of(terminal.cwd());
    return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
  }

  private void step(int number, int total, String host, String what) {
    if (progress) {
      terminal.stderr().print("\r\033[K[" + number + "/" + total + "] " + host + ": " + what + "...");
      terminal.stderr().flush();
    }
  }

  private void endProgress() {
    if (progress) {
      terminal.stderr().print("\r\033[K");
      terminal.stderr().flush();
    }
  }
}
