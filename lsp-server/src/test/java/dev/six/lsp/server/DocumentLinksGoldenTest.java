package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Document links through a running server started with a {@code NIX_PATH} of its own
 * ({@code nixpkgs=document-links/nix-path/nixpkgs} and the plain entry
 * {@code document-links/nix-path/plain}). Each {@code document-links/<case>.nix} is opened under
 * its own {@code file:} URI, so relative paths resolve next to it; {@code <case>.expected} lists
 * each link's range and target (a file relative to the area, or the URL).
 */
class DocumentLinksGoldenTest {
  private static LspConnection connection;

  @BeforeAll
  static void start() throws Exception {
    Path nixPath = area().resolve("nix-path");
    ServerOptions defaults = ServerOptions.defaults();
    connection = LspConnection.start(new ServerOptions(20, defaults.requestWorkers())
        .withNixPath("nixpkgs=" + nixPath.resolve("nixpkgs") + ":" + nixPath.resolve("plain")));
    connection.initialize();
  }

  @AfterAll
  static void stop() throws Exception {
    assertEquals(0, connection.shutdownAndExit());
    connection.close();
  }

  @TestFactory
  Stream<DynamicTest> documentLinks() {
    Path area = area();
    return Golden.cases("document-links").stream().map(file -> DynamicTest.dynamicTest("document-links/" + file.getFileName(), () -> {
      String uri = file.toUri().toString();
      connection.open(uri, Golden.read(file));
      try {
        List<DocumentLink> links = connection.server.getTextDocumentService()
            .documentLink(new DocumentLinkParams(new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS);
        Golden.check(file, ".expected", render(area, links));
      } finally {
        connection.close(uri);
      }
    }));
  }

  private static String render(Path area, List<DocumentLink> links) {
    StringBuilder out = new StringBuilder();
    for (DocumentLink link : links) {
      String target = link.getTarget();
      if (target.startsWith("file:")) {
        target = area.relativize(Path.of(URI.create(target))).toString();
      }
      out.append(Rendering.range(link.getRange())).append(' ').append(target).append('\n');
    }
    return out.length() == 0 ? "(no links)\n" : out.toString();
  }

  private static Path area() {
    try {
      return Path.of(DocumentLinksGoldenTest.class.getResource("/document-links").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
