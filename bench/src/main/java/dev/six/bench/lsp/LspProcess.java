package dev.six.bench.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A language server started as a process ({@code six lsp}) and spoken to as an editor does:
 * JSON-RPC frames over its standard input and output, written and read here with Gson and no LSP
 * library, so that what is timed is the server and the wire. Answers the requests a server sends
 * an editor (progress tokens, configuration, edits: refused), keeps every notification and every
 * line of the server's standard error with the time it arrived.
 */
final class LspProcess implements AutoCloseable {
  /** A message or log line and when it arrived ({@link System#nanoTime}). */
  record Received(long nanos, JsonObject message, String line) {}

  private final Process process;
  private final long startNanos;
  private final OutputStream toServer;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonElement>> pending = new ConcurrentHashMap<>();
  private final List<Received> notifications = new ArrayList<>();
  private final List<Received> stderr = new ArrayList<>();

  private LspProcess(Process process, long startNanos) {
    this.process = process;
    this.startNanos = startNanos;
    this.toServer = process.getOutputStream();
    Thread reader = new Thread(this::readMessages, "lsp-bench-stdout");
    reader.setDaemon(true);
    reader.start();
    Thread logs = new Thread(this::readStderr, "lsp-bench-stderr");
    logs.setDaemon(true);
    logs.start();
  }

  /** Starts {@code command} with {@code cacheHome} as its XDG_CACHE_HOME (where the index is kept). */
  static LspProcess start(List<String> command, Path cacheHome) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
    long start = System.nanoTime();
    return new LspProcess(builder.start(), start);
  }

  /** When the process was started ({@link System#nanoTime}). */
  long startNanos() {
    return startNanos;
  }

  /** Sends a request; the future completes with its result, or fails with its error. */
  CompletableFuture<JsonElement> request(String method, Object params) throws IOException {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonElement> answer = new CompletableFuture<>();
    pending.put(id, answer);
    JsonObject message = new JsonObject();
    message.addProperty("jsonrpc", "2.0");
    message.addProperty("id", id);
    message.addProperty("method", method);
    message.add("params", Json.tree(params));
    write(message);
    return answer;
  }

  /** Sends a request and waits for its result. */
  JsonElement call(String method, Object params, long timeoutSeconds) throws Exception {
    try {
      return request(method, params).get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(method + ": no answer in " + timeoutSeconds + " s");
    }
  }

  void notify(String method, Object params) throws IOException {
    JsonObject message = new JsonObject();
    message.addProperty("jsonrpc", "2.0");
    message.addProperty("method", method);
    message.add("params", Json.tree(params));
    write(message);
  }

  /** The first notification after {@code sinceNanos} that {@code match} accepts; fails after {@code timeoutMillis}. */
  Received awaitNotification(Predicate<JsonObject> match, long sinceNanos, long timeoutMillis) throws InterruptedException {
    return await(notifications, r -> match.test(r.message()), sinceNanos, timeoutMillis);
  }

  /** Like {@link #awaitNotification}, empty instead of failing. */
  Received notificationWithin(Predicate<JsonObject> match, long sinceNanos, long timeoutMillis) throws InterruptedException {
    try {
      return awaitNotification(match, sinceNanos, timeoutMillis);
    } catch (IllegalStateException none) {
      return null;
    }
  }

  /** The first line of standard error after {@code sinceNanos} containing {@code text}; null after {@code timeoutMillis}. */
  Received stderrLine(String text, long sinceNanos, long timeoutMillis) throws InterruptedException {
    try {
      return await(stderr, r -> r.line().contains(text), sinceNanos, timeoutMillis);
    } catch (IllegalStateException none) {
      return null;
    }
  }

  /** Forgets the notifications received so far (a long run would keep them all). */
  void forgetNotifications() {
    synchronized (notifications) {
      notifications.clear();
    }
  }

  /** The JVM's process (the launcher script runs it as a child). */
  ProcessHandle jvm() {
    return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .findFirst().orElse(process.toHandle());
  }

  /** Shuts the server down as an editor does; returns the exit code. */
  int shutdown() throws Exception {
    call("shutdown", null, 30);
    notify("exit", null);
    toServer.close();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the server did not exit");
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private Received await(List<Received> list, Predicate<Received> match, long sinceNanos, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    synchronized (list) {
      while (true) {
        for (Received r : list) {
          if (r.nanos() >= sinceNanos && match.test(r)) {
            return r;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || !process.isAlive()) {
          throw new IllegalStateException("nothing matching arrived in " + timeoutMillis + " ms"
              + (process.isAlive() ? "" : " (the server exited)"));
        }
        TimeUnit.NANOSECONDS.timedWait(list, left);
      }
    }
  }

  private synchronized void write(JsonObject message) throws IOException {
    byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
    toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    toServer.write(body);
    toServer.flush();
  }

  private void readMessages() {
    try (InputStream in = process.getInputStream()) {
      while (true) {
        int length = -1;
        String header;
        while (!(header = headerLine(in)).isEmpty()) {
          if (header.toLowerCase().startsWith("content-length:")) {
            length = Integer.parseInt(header.substring("content-length:".length()).trim());
          }
        }
        if (length < 0) {
          return;
        }
        byte[] body = in.readNBytes(length);
        long now = System.nanoTime();
        handle(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject(), now);
      }
    } catch (IOException | RuntimeException ended) {
      pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("the server's output ended", ended)));
    }
  }

  private void handle(JsonObject message, long now) throws IOException {
    if (message.has("id") && !message.has("method")) {
      CompletableFuture<JsonElement> answer = pending.remove(message.get("id").getAsInt());
      if (answer != null) {
        if (message.has("error")) {
          answer.completeExceptionally(new ResponseError(message.getAsJsonObject("error")));
        } else {
          answer.complete(message.has("result") ? message.get("result") : JsonNull.INSTANCE);
        }
      }
    } else if (message.has("id")) {
      answerServerRequest(message);
    } else {
      synchronized (notifications) {
        notifications.add(new Received(now, message, null));
        notifications.notifyAll();
      }
    }
  }

  /** What an editor that shows progress and has no settings answers. */
  private void answerServerRequest(JsonObject request) throws IOException {
    String method = request.get("method").getAsString();
    JsonObject answer = new JsonObject();
    answer.addProperty("jsonrpc", "2.0");
    answer.add("id", request.get("id"));
    switch (method) {
      case "workspace/configuration" -> {
        JsonArray nulls = new JsonArray();
        JsonArray items = request.getAsJsonObject("params").getAsJsonArray("items");
        for (int i = 0; i < items.size(); i++) {
          nulls.add(JsonNull.INSTANCE);
        }
        answer.add("result", nulls);
      }
      case "workspace/applyEdit" -> {
        JsonObject refused = new JsonObject();
        refused.addProperty("applied", false);
        answer.add("result", refused);
      }
      case "window/workDoneProgress/create", "client/registerCapability", "client/unregisterCapability",
          "workspace/semanticTokens/refresh", "workspace/codeLens/refresh", "workspace/inlayHint/refresh",
          "workspace/diagnostic/refresh", "window/showMessageRequest" -> answer.add("result", JsonNull.INSTANCE);
      default -> {
        JsonObject error = new JsonObject();
        error.addProperty("code", -32601);
        error.addProperty("message", "the benchmark client does not handle " + method);
        answer.add("error", error);
      }
    }
    write(answer);
  }

  private void readStderr() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        synchronized (stderr) {
          stderr.add(new Received(System.nanoTime(), null, line));
          stderr.notifyAll();
        }
      }
    } catch (IOException ended) {
      // the process is gone
    }
  }

  private static String headerLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        break;
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    if (b < 0 && line.size() == 0) {
      throw new IOException("end of the server's output");
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  /** A JSON-RPC error answer. */
  static final class ResponseError extends RuntimeException {
    final int code;

    ResponseError(JsonObject error) {
      super(error.get("code").getAsInt() + " " + (error.has("message") ? error.get("message").getAsString() : ""));
      this.code = error.get("code").getAsInt();
    }
  }
}
