package dev.six.s6.compile;

import dev.six.s6.source.ServiceSource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * s6-rc-compile in Java: reads service sources, checks them as s6-rc-compile 0.5.4.1 (or 0.7) does (same
 * first error, same order of checks), and builds the database it would write. {@link CompiledWriter}
 * writes the result.
 */
public final class S6RcCompiler {
  private S6RcCompiler() {}

  /** Compiles {@code sources}, in the order given, as {@code s6-rc-compile DIR SOURCES...} would. */
  public static Compilation compile(List<? extends ServiceSource> sources) throws CompileError {
    return compile(sources, new ArrayList<>(), RcVersion.V0_5);
  }

  /**
   * Compiles, appending s6-rc-compile's warnings to {@code warnings} as they arise, so that the
   * ones before an error are known too (s6-rc-compile prints them before it dies).
   */
  public static Compilation compile(List<? extends ServiceSource> sources, List<String> warnings, RcVersion version)
      throws CompileError {
    Drafts drafts = new Drafts(warnings, version);
    SourceParser parser = new SourceParser(drafts);
    for (ServiceSource source : sources) {
      parser.parse(source);
    }
    new PipelineBundles(drafts).add();
    BitSet[] bundles = new BundleResolver(drafts).resolve();
    Database db = new ServiceResolver(drafts, bundles).resolve();
    return new Compilation(db, drafts.longruns, drafts.warnings);
  }
}
