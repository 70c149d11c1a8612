package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.six.lsp.server.QuietClient;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code six lsp} as an editor runs it: a separate JVM spoken to over its stdio by an LSP4J client.
 * Everything on its standard output must be JSON-RPC frames; logs go to the cache file and stderr.
 */
class LspProcessTest {

  @Test
  void initializeAndShutdownOverStdio(@TempDir Path cache) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path stderr = cache.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, "dev.six.cli.Main", "lsp");
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.redirectError(stderr.toFile());
    Process process = builder.start();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    try {
      InputStream tee = new FilterInputStream(process.getInputStream()) {
        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          if (n > 0) {
            synchronized (stdout) {
              stdout.write(buffer, offset, n);
            }
          }
          return n;
        }

        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            synchronized (stdout) {
              stdout.write(b);
            }
          }
          return b;
        }
      };
      Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new QuietClient(), tee, process.getOutputStream(),
          Executors.newCachedThreadPool(), consumer -> consumer);
      var listening = launcher.startListening();
      LanguageServer server = launcher.getRemoteProxy();

      InitializeParams params = new InitializeParams();
      params.setCapabilities(new ClientCapabilities());
      InitializeResult result = server.initialize(params).get(60, TimeUnit.SECONDS);
      assertEquals("six", result.getServerInfo().getName());
      server.initialized(new InitializedParams());
      server.shutdown().get(30, TimeUnit.SECONDS);
      server.exit();

      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "six lsp exits after exit");
      assertEquals(0, process.exitValue());
      listening.get(10, TimeUnit.SECONDS);
    } finally {
      process.destroyForcibly();
    }

    byte[] output;
    synchronized (stdout) {
      output = stdout.toByteArray();
    }
    List<JsonObject> messages = frames(output);
    assertEquals(2, messages.size(), "the initialize and shutdown responses, nothing else");
    for (JsonObject message : messages) {
      assertEquals("2.0", message.get("jsonrpc").getAsString());
    }
    assertTrue(messages.get(0).getAsJsonObject("result").has("capabilities"));

    String log = Files.readString(cache.resolve("six").resolve("lsp.log"), StandardCharsets.UTF_8);
    assertTrue(log.contains("six lsp started") && log.contains("shutdown"), log);
    assertTrue(Files.readString(stderr, StandardCharsets.UTF_8).contains("initialize"), "logs also go to stderr");
  }

  /** Splits standard output into JSON-RPC frames, failing on any byte that is not part of one. */
  private static List<JsonObject> frames(byte[] output) {
    List<JsonObject> messages = new ArrayList<>();
    int at = 0;
    while (at < output.length) {
      int headerEnd = indexOf(output, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
      assertTrue(headerEnd > at, "a header at byte " + at);
      int length = -1;
      for (String header : new String(output, at, headerEnd - at, StandardCharsets.US_ASCII).split("\r\n")) {
        if (header.startsWith("Content-Length: ")) {
          length = Integer.parseInt(header.substring("Content-Length: ".length()));
        } else {
          assertTrue(header.startsWith("Content-Type: "), "an LSP header, not: " + header);
        }
      }
      assertTrue(length >= 0, "Content-Length at byte " + at);
      int bodyStart = headerEnd + 4;
      assertTrue(bodyStart + length <= output.length, "a complete body at byte " + bodyStart);
      messages.add(JsonParser.parseString(new String(output, bodyStart, length, StandardCharsets.UTF_8)).getAsJsonObject());
      at = bodyStart + length;
    }
    return messages;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
