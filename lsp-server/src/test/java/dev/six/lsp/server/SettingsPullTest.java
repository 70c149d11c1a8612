package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;

/**
 * Settings the server pulls with {@code workspace/configuration} count like those sent at
 * initialization or pushed: a nixpkgs checkout named only in the pulled answer is indexed, so
 * {@code pkgs.curl} leads to its file.
 */
class SettingsPullTest {

  @Test
  void aNixpkgsCheckoutNamedInThePulledSettingsIsIndexed() throws Exception {
    Path workspace = resource("xref-workspace");
    Path service = workspace.resolve("svcs/by-name/pr/proxy/service.nix");
    try (LspConnection connection = LspConnection.start()) {
      JsonObject answer = new JsonObject();
      answer.addProperty("nixpkgs", resource("fake-nixpkgs").toString());
      connection.client.configurationAnswer = answer;
      ClientCapabilities capabilities = new ClientCapabilities();
      WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
      workspaceCapabilities.setConfiguration(true);
      capabilities.setWorkspace(workspaceCapabilities);
      InitializeParams params = new InitializeParams();
      params.setCapabilities(capabilities);
      params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "xref")));
      connection.server.initialize(params).get(10, TimeUnit.SECONDS);
      connection.server.initialized(new InitializedParams());
      String text = Files.readString(service, StandardCharsets.UTF_8);
      String uri = service.toUri().toString();
      connection.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nix", 1, text)));
      int at = text.indexOf("pkgs.curl") + "pkgs.".length();
      int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
      Position position = new Position(line, at - (text.lastIndexOf('\n', at - 1) + 1));

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      List<? extends Location> found = List.of();
      while (System.nanoTime() < deadline && found.isEmpty()) {
        found = connection.server.getTextDocumentService()
            .definition(new DefinitionParams(new TextDocumentIdentifier(uri), position)).get(10, TimeUnit.SECONDS).getLeft();
        if (found.isEmpty()) {
          Thread.sleep(50);
        }
      }
      assertTrue(found.stream().anyMatch(l -> l.getUri().endsWith("/fake-nixpkgs/pkgs/tools/networking/curl/default.nix")),
          found.toString());
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SettingsPullTest.class.getResource("/" + name).toURI());
  }
}
