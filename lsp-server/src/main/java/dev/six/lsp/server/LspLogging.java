package dev.six.lsp.server;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Points logging at a file and standard error for a server run. Standard output carries the
 * JSON-RPC stream, so no log line may reach it; and an editor usually hides the server's standard
 * error, so the file under the user's cache directory is where problems can be read afterwards.
 */
public final class LspLogging {
  private static final String CONFIGURATION = "/dev/six/lsp/server/lsp-logback.xml";

  private LspLogging() {}

  /** Where the log goes: {@code $XDG_CACHE_HOME/six/lsp.log}, else {@code ~/.cache/six/lsp.log}. */
  public static Path logFile(Map<String, String> environment) {
    String cache = environment.get("XDG_CACHE_HOME");
    Path base = cache != null && !cache.isEmpty()
        ? Path.of(cache)
        : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
    return base.resolve("six").resolve("lsp.log");
  }

  /** Replaces the logging configuration with the server's; returns the log file. */
  public static Path configure(Map<String, String> environment) {
    Path file = logFile(environment);
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext)) {
      return file;
    }
    LoggerContext context = (LoggerContext) factory;
    context.reset();
    context.putProperty("SIX_LSP_LOG_FILE", file.toString());
    context.putProperty("SIX_LSP_LOG_LEVEL", environment.getOrDefault("SIX_LOG_LEVEL", "INFO"));
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    URL configuration = LspLogging.class.getResource(CONFIGURATION);
    try {
      configurator.doConfigure(configuration);
    } catch (JoranException e) {
      // Logging is not worth failing the server for; say so where it cannot corrupt the protocol.
      System.err.println("six lsp: logging not configured: " + e.getMessage());
    }
    return file;
  }
}
