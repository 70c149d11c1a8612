package dev.six.s6.compile;

import dev.six.s6.output.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a compilation as s6-rc-compile's output directory: {@code lock}, {@code n},
 * {@code resolve.cdb}, {@code db} and {@code servicedirs/}. Like s6-rc-compile, the directory must
 * not exist yet, and on any failure it is removed again, so there is a whole database or none.
 */
public final class CompiledWriter {
  private CompiledWriter() {}

  /**
   * Makes the checks and warnings of writing (the service directories' fd clashes, numbers,
   * non-directories) without writing anything: what {@link #write} would throw, it throws, and its
   * warnings are added to the compilation's.
   */
  public static void check(Compilation compilation, CompileOptions options) throws CompileError {
    TreeOutput out = TreeOutput.discarding();
    Database db = compilation.database();
    try {
      new InternalServicedirs(out, options).write(db);
      new LongrunServicedirs(out, options, compilation.mutableWarnings()).write(db, compilation.longrunDrafts());
    } catch (IOException e) {
      // only reading a definition on disk can fail here, and a description's are in memory
      throw new CompileError(CompileError.SYSTEM, e.getMessage(), null);
    }
  }

  public static void write(Compilation compilation, CompileOptions options, Path dir) throws IOException, CompileError {
    TreeOutput out = new TreeOutput(dir);
    Files.createDirectory(dir);
    boolean done = false;
    try {
      Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString(TreeOutput.EXECUTABLE));
      Database db = compilation.database();
      out.file("lock", new byte[0], TreeOutput.FILE);
      out.directory("servicedirs");
      out.file("n", DatabaseEncoder.sizes(db), TreeOutput.FILE);
      out.file("resolve.cdb", ResolveCdb.encode(db), TreeOutput.FILE);
      out.file("db", DatabaseEncoder.records(db), TreeOutput.FILE);
      new InternalServicedirs(out, options).write(db);
      new LongrunServicedirs(out, options, compilation.mutableWarnings()).write(db, compilation.longrunDrafts());
      done = true;
    } finally {
      if (!done) {
        Trees.deleteQuietly(dir);
      }
    }
  }
}
