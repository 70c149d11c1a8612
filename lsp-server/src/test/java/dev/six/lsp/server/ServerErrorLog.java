package dev.six.lsp.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.LoggerFactory;

/**
 * The failures a server only logs: an error logged by six's classes (a diagnostics check that
 * threw, a request that failed), and LSP4J's own reports of a notification handler that threw
 * or a message it could not handle, which it writes to java.util.logging. While it is attached,
 * six's loggers are at INFO, so that a long run does not print every cancelled request.
 */
final class ServerErrorLog implements AutoCloseable {
  private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
  private final Logger six = (Logger) LoggerFactory.getLogger("dev.six");
  private final Level previousLevel = six.getLevel();
  private final java.util.logging.Logger lsp4j = java.util.logging.Logger.getLogger("org.eclipse.lsp4j");
  private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
    @Override
    protected void append(ILoggingEvent event) {
      if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
        String cause = event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
        errors.add(event.getLoggerName() + ": " + event.getFormattedMessage() + cause);
      }
    }
  };
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      // A request cancelled after it was answered: its answer arrives unmatched at the client, the
      // cancellation unmatched at the server. Both are the protocol's ordinary races.
      String message = record.getMessage() == null ? "" : record.getMessage();
      boolean serious = record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
          && !message.startsWith("Unmatched response message") && !message.startsWith("Unmatched cancel notification");
      if (serious) {
        errors.add(record.getLoggerName() + ": " + record.getMessage()
            + (record.getThrown() == null ? "" : " " + record.getThrown()));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  ServerErrorLog() {
    appender.setContext(six.getLoggerContext());
    appender.start();
    six.addAppender(appender);
    six.setLevel(Level.INFO);
    lsp4j.addHandler(handler);
  }

  /** The errors logged since the last call. */
  List<String> drain() {
    List<String> out = new ArrayList<>();
    for (String e; (e = errors.poll()) != null; ) {
      out.add(e);
    }
    return out;
  }

  @Override
  public void close() {
    six.detachAppender(appender);
    six.setLevel(previousLevel);
    lsp4j.removeHandler(handler);
  }
}
