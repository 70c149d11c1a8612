package dev.six.cli;

import dev.six.lsp.server.LspLauncher;
import dev.six.lsp.server.LspLogging;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code six lsp}: the language server on standard input and output, for editors. Standard output
 * belongs to JSON-RPC alone, so before anything can print, {@code System.out} is pointed at
 * standard error and the server writes to the real file descriptor.
 */
final class LspCommand implements Callable<Integer>, Subcommand {

  @Override
  public CommandSpec spec() {
    return CommandSpecs.withHelp(CommandSpecs.command(this, "lsp",
        "Run the six language server over standard input and output (JSON-RPC, the Language Server Protocol).",
        "Logs go to $XDG_CACHE_HOME/six/lsp.log (else ~/.cache/six/lsp.log) and to standard error;",
        "SIX_LOG_LEVEL sets the level (default INFO)."));
  }

  @Override
  public Integer call() throws Exception {
    OutputStream protocol = new FileOutputStream(FileDescriptor.out);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    Path log = LspLogging.configure(System.getenv());
    LoggerFactory.getLogger(LspCommand.class).info("six lsp started, logging to {}", log);
    return LspLauncher.start(new FileInputStream(FileDescriptor.in), protocol).get();
  }
}
