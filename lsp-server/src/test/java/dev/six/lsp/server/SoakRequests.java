package dev.six.lsp.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.lsp4j.CallHierarchyIncomingCallsParams;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCallsParams;
import org.eclipse.lsp4j.CallHierarchyPrepareParams;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeActionTriggerKind;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.ColorInformation;
import org.eclipse.lsp4j.ColorPresentationParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionContext;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.CompletionTriggerKind;
import org.eclipse.lsp4j.DeclarationParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentColorParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentOnTypeFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FileOperationsServerCapabilities;
import org.eclipse.lsp4j.FileDelete;
import org.eclipse.lsp4j.DeleteFilesParams;
import org.eclipse.lsp4j.RenameFilesParams;
import org.eclipse.lsp4j.FileRename;
import org.eclipse.lsp4j.FileCreate;
import org.eclipse.lsp4j.CreateFilesParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.ImplementationParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.InlineCompletionContext;
import org.eclipse.lsp4j.InlineCompletionParams;
import org.eclipse.lsp4j.InlineCompletionTriggerKind;
import org.eclipse.lsp4j.InlineValueContext;
import org.eclipse.lsp4j.InlineValueParams;
import org.eclipse.lsp4j.LinkedEditingRangeParams;
import org.eclipse.lsp4j.MonikerParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TypeDefinitionParams;
import org.eclipse.lsp4j.TypeHierarchyItem;
import org.eclipse.lsp4j.TypeHierarchyPrepareParams;
import org.eclipse.lsp4j.TypeHierarchySubtypesParams;
import org.eclipse.lsp4j.TypeHierarchySupertypesParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolOptions;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Every request a server announces in its {@code initialize} result, each able to send itself at a
 * random place in a document, with the follow-ups an editor sends on the answer (resolving a
 * completion item, code action, lens, link or hint; executing a command the server offered;
 * the calls of a call-hierarchy item; a semantic-tokens delta after a full result). Built from
 * the capabilities, so a feature the server starts announcing is exercised without changing the
 * soak test; {@link #unexercised} names any capability this class does not know how to exercise.
 */
final class SoakRequests {
  /** Where a request is aimed: a document, a position and a range in it, and the diagnostics the editor shows. */
  record Target(SoakDocument document, Position position, Range range, Random random, List<Diagnostic> diagnostics) {
    TextDocumentIdentifier id() {
      return new TextDocumentIdentifier(document.uri);
    }
  }

  /** One announced request: how to send it, and what an editor sends next on its answer. */
  record Request(String method, Function<Target, CompletableFuture<?>> send,
                 BiFunction<Object, Target, List<CompletableFuture<?>>> followUps) {}

  /** Capabilities that announce no request of their own. */
  private static final Set<String> NOT_REQUESTS = Set.of("positionEncoding", "textDocumentSync", "experimental");

  private static final String[] NEW_NAMES = {"renamed", "x", "lanAddr", "a b", "let", "__assign", "é", "with", "y'"};

  private final LanguageServer server;
  private final List<Request> requests = new ArrayList<>();
  private final Set<String> exercised = new TreeSet<>();
  private final List<String> commands = new ArrayList<>();
  private final Map<String, String> semanticTokensResults = new ConcurrentHashMap<>();
  private final Set<String> fileOperations = new TreeSet<>();

  SoakRequests(LanguageServer server, ServerCapabilities capabilities) {
    this.server = server;
    if (capabilities.getExecuteCommandProvider() != null && capabilities.getExecuteCommandProvider().getCommands() != null) {
      commands.addAll(capabilities.getExecuteCommandProvider().getCommands());
      exercised.add("executeCommandProvider");
    }
    TextDocumentService documents = server.getTextDocumentService();
    if (on(capabilities.getHoverProvider())) {
      add("hoverProvider", "textDocument/hover", t -> documents.hover(new HoverParams(t.id(), t.position())));
    }
    if (capabilities.getCompletionProvider() != null) {
      boolean resolve = Boolean.TRUE.equals(capabilities.getCompletionProvider().getResolveProvider());
      add("completionProvider", "textDocument/completion", t -> {
        CompletionParams params = new CompletionParams(t.id(), t.position());
        params.setContext(new CompletionContext(CompletionTriggerKind.Invoked));
        return documents.completion(params);
      }, (result, t) -> {
        @SuppressWarnings("unchecked")
        var answer = (Either<List<CompletionItem>, org.eclipse.lsp4j.CompletionList>) result;
        List<CompletionItem> items = answer == null ? List.of() : answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
        if (!resolve || items.isEmpty()) {
          return List.of();
        }
        return List.of(documents.resolveCompletionItem(items.get(t.random().nextInt(items.size()))));
      });
    }
    if (capabilities.getSignatureHelpProvider() != null) {
      add("signatureHelpProvider", "textDocument/signatureHelp",
          t -> documents.signatureHelp(new SignatureHelpParams(t.id(), t.position())));
    }
    if (on(capabilities.getDefinitionProvider())) {
      add("definitionProvider", "textDocument/definition", t -> documents.definition(new DefinitionParams(t.id(), t.position())));
    }
    if (on(capabilities.getTypeDefinitionProvider())) {
      add("typeDefinitionProvider", "textDocument/typeDefinition",
          t -> documents.typeDefinition(new TypeDefinitionParams(t.id(), t.position())));
    }
    if (on(capabilities.getImplementationProvider())) {
      add("implementationProvider", "textDocument/implementation",
          t -> documents.implementation(new ImplementationParams(t.id(), t.position())));
    }
    if (on(capabilities.getDeclarationProvider())) {
      add("declarationProvider", "textDocument/declaration",
          t -> documents.declaration(new DeclarationParams(t.id(), t.position())));
    }
    if (on(capabilities.getReferencesProvider())) {
      add("referencesProvider", "textDocument/references", t -> documents.references(
          new ReferenceParams(t.id(), t.position(), new ReferenceContext(t.random().nextBoolean()))));
    }
    if (on(capabilities.getDocumentHighlightProvider())) {
      add("documentHighlightProvider", "textDocument/documentHighlight",
          t -> documents.documentHighlight(new DocumentHighlightParams(t.id(), t.position())));
    }
    if (on(capabilities.getDocumentSymbolProvider())) {
      add("documentSymbolProvider", "textDocument/documentSymbol", t -> documents.documentSymbol(new DocumentSymbolParams(t.id())));
    }
    if (on(capabilities.getCodeActionProvider())) {
      boolean resolve = capabilities.getCodeActionProvider().isRight()
          && Boolean.TRUE.equals(capabilities.getCodeActionProvider().getRight().getResolveProvider());
      add("codeActionProvider", "textDocument/codeAction", t -> {
        CodeActionContext context = new CodeActionContext(t.diagnostics());
        context.setTriggerKind(t.random().nextBoolean() ? CodeActionTriggerKind.Invoked : CodeActionTriggerKind.Automatic);
        return documents.codeAction(new CodeActionParams(t.id(), t.range(), context));
      }, (result, t) -> {
        List<CompletableFuture<?>> next = new ArrayList<>();
        @SuppressWarnings("unchecked")
        var actions = (List<Either<Command, CodeAction>>) result;
        for (Either<Command, CodeAction> action : actions == null ? List.<Either<Command, CodeAction>>of() : actions) {
          if (action.isLeft()) {
            execute(action.getLeft(), next);
          } else {
            if (resolve) {
              next.add(documents.resolveCodeAction(action.getRight()));
            }
            execute(action.getRight().getCommand(), next);
          }
        }
        return next;
      });
    }
    if (capabilities.getCodeLensProvider() != null) {
      boolean resolve = Boolean.TRUE.equals(capabilities.getCodeLensProvider().getResolveProvider());
      add("codeLensProvider", "textDocument/codeLens", t -> documents.codeLens(new CodeLensParams(t.id())), (result, t) -> {
        List<CompletableFuture<?>> next = new ArrayList<>();
        @SuppressWarnings("unchecked")
        var lenses = (List<? extends CodeLens>) result;
        for (CodeLens lens : lenses == null ? List.<CodeLens>of() : lenses) {
          if (resolve) {
            next.add(documents.resolveCodeLens(lens));
          }
          execute(lens.getCommand(), next);
        }
        return next;
      });
    }
    if (on(capabilities.getDocumentFormattingProvider())) {
      add("documentFormattingProvider", "textDocument/formatting",
          t -> documents.formatting(new DocumentFormattingParams(t.id(), new FormattingOptions(2, true))));
    }
    if (on(capabilities.getDocumentRangeFormattingProvider())) {
      add("documentRangeFormattingProvider", "textDocument/rangeFormatting",
          t -> documents.rangeFormatting(new DocumentRangeFormattingParams(t.id(), new FormattingOptions(2, true), t.range())));
    }
    if (capabilities.getDocumentOnTypeFormattingProvider() != null) {
      String trigger = capabilities.getDocumentOnTypeFormattingProvider().getFirstTriggerCharacter();
      add("documentOnTypeFormattingProvider", "textDocument/onTypeFormatting", t -> documents.onTypeFormatting(
          new DocumentOnTypeFormattingParams(t.id(), new FormattingOptions(2, true), t.position(), trigger)));
    }
    if (on(capabilities.getRenameProvider())) {
      add("renameProvider", "textDocument/rename", t -> documents.rename(
          new RenameParams(t.id(), t.position(), NEW_NAMES[t.random().nextInt(NEW_NAMES.length)])));
      if (capabilities.getRenameProvider().isRight()
          && Boolean.TRUE.equals(capabilities.getRenameProvider().getRight().getPrepareProvider())) {
        requests.add(new Request("textDocument/prepareRename",
            t -> documents.prepareRename(new PrepareRenameParams(t.id(), t.position())), (r, t) -> List.of()));
      }
    }
    if (capabilities.getDocumentLinkProvider() != null) {
      boolean resolve = Boolean.TRUE.equals(capabilities.getDocumentLinkProvider().getResolveProvider());
      add("documentLinkProvider", "textDocument/documentLink", t -> documents.documentLink(new DocumentLinkParams(t.id())),
          (result, t) -> {
            @SuppressWarnings("unchecked")
            var links = (List<DocumentLink>) result;
            return !resolve || links == null || links.isEmpty() ? List.of()
                : List.of(documents.documentLinkResolve(links.get(t.random().nextInt(links.size()))));
          });
    }
    if (on(capabilities.getColorProvider())) {
      add("colorProvider", "textDocument/documentColor", t -> documents.documentColor(new DocumentColorParams(t.id())),
          (result, t) -> {
            @SuppressWarnings("unchecked")
            var colors = (List<ColorInformation>) result;
            return colors == null || colors.isEmpty() ? List.of() : List.of(documents.colorPresentation(
                new ColorPresentationParams(t.id(), colors.get(0).getColor(), colors.get(0).getRange())));
          });
    }
    if (on(capabilities.getFoldingRangeProvider())) {
      add("foldingRangeProvider", "textDocument/foldingRange", t -> documents.foldingRange(new FoldingRangeRequestParams(t.id())));
    }
    if (on(capabilities.getSelectionRangeProvider())) {
      add("selectionRangeProvider", "textDocument/selectionRange", t -> {
        List<Position> positions = new ArrayList<>(List.of(t.position()));
        if (t.random().nextBoolean()) {
          positions.add(t.range().getStart());
        }
        return documents.selectionRange(new SelectionRangeParams(t.id(), positions));
      });
    }
    if (on(capabilities.getLinkedEditingRangeProvider())) {
      add("linkedEditingRangeProvider", "textDocument/linkedEditingRange",
          t -> documents.linkedEditingRange(new LinkedEditingRangeParams(t.id(), t.position())));
    }
    if (capabilities.getSemanticTokensProvider() != null) {
      addSemanticTokens(documents, capabilities.getSemanticTokensProvider());
    }
    if (on(capabilities.getMonikerProvider())) {
      add("monikerProvider", "textDocument/moniker", t -> documents.moniker(new MonikerParams(t.id(), t.position())));
    }
    if (on(capabilities.getInlayHintProvider())) {
      boolean resolve = capabilities.getInlayHintProvider().isRight()
          && Boolean.TRUE.equals(capabilities.getInlayHintProvider().getRight().getResolveProvider());
      add("inlayHintProvider", "textDocument/inlayHint", t -> documents.inlayHint(new InlayHintParams(t.id(), t.range())),
          (result, t) -> {
            @SuppressWarnings("unchecked")
            var hints = (List<InlayHint>) result;
            return !resolve || hints == null || hints.isEmpty() ? List.of()
                : List.of(documents.resolveInlayHint(hints.get(t.random().nextInt(hints.size()))));
          });
    }
    if (on(capabilities.getInlineValueProvider())) {
      add("inlineValueProvider", "textDocument/inlineValue", t -> documents.inlineValue(
          new InlineValueParams(t.id(), t.range(), new InlineValueContext(1, t.range()))));
    }
    if (on(capabilities.getInlineCompletionProvider())) {
      add("inlineCompletionProvider", "textDocument/inlineCompletion", t -> documents.inlineCompletion(
          new InlineCompletionParams(t.id(), t.position(), new InlineCompletionContext(InlineCompletionTriggerKind.Invoked))));
    }
    if (capabilities.getDiagnosticProvider() != null) {
      add("diagnosticProvider", "textDocument/diagnostic", t -> documents.diagnostic(new DocumentDiagnosticParams(t.id())));
      if (capabilities.getDiagnosticProvider().isWorkspaceDiagnostics()) {
        requests.add(new Request("workspace/diagnostic",
            t -> server.getWorkspaceService().diagnostic(new WorkspaceDiagnosticParams(List.of())), (r, t) -> List.of()));
      }
    }
    if (on(capabilities.getCallHierarchyProvider())) {
      add("callHierarchyProvider", "textDocument/prepareCallHierarchy",
          t -> documents.prepareCallHierarchy(new CallHierarchyPrepareParams(t.id(), t.position())), (result, t) -> {
            @SuppressWarnings("unchecked")
            var items = (List<CallHierarchyItem>) result;
            return items == null || items.isEmpty() ? List.of() : List.of(
                documents.callHierarchyIncomingCalls(new CallHierarchyIncomingCallsParams(items.get(0))),
                documents.callHierarchyOutgoingCalls(new CallHierarchyOutgoingCallsParams(items.get(0))));
          });
    }
    if (on(capabilities.getTypeHierarchyProvider())) {
      add("typeHierarchyProvider", "textDocument/prepareTypeHierarchy",
          t -> documents.prepareTypeHierarchy(new TypeHierarchyPrepareParams(t.id(), t.position())), (result, t) -> {
            @SuppressWarnings("unchecked")
            var items = (List<TypeHierarchyItem>) result;
            return items == null || items.isEmpty() ? List.of() : List.of(
                documents.typeHierarchySupertypes(new TypeHierarchySupertypesParams(items.get(0))),
                documents.typeHierarchySubtypes(new TypeHierarchySubtypesParams(items.get(0))));
          });
    }
    addFileOperations(capabilities.getWorkspace() == null ? null : capabilities.getWorkspace().getFileOperations());
    if (on(capabilities.getWorkspaceSymbolProvider())) {
      Either<Boolean, WorkspaceSymbolOptions> provider = capabilities.getWorkspaceSymbolProvider();
      boolean resolve = provider.isRight() && Boolean.TRUE.equals(provider.getRight().getResolveProvider());
      add("workspaceSymbolProvider", "workspace/symbol",
          t -> server.getWorkspaceService().symbol(new WorkspaceSymbolParams(wordAt(t))), (result, t) -> {
            @SuppressWarnings("unchecked")
            var answer = (Either<List<?>, List<? extends WorkspaceSymbol>>) result;
            if (!resolve || answer == null || !answer.isRight() || answer.getRight().isEmpty()) {
              return List.of();
            }
            return List.of(server.getWorkspaceService().resolveWorkspaceSymbol(answer.getRight().get(0)));
          });
    }
  }

  /**
   * File operations: the requests an editor sends before it creates, renames or deletes a file
   * (sent here for operations the user then does not carry out, which editors allow), and whether
   * the server wants to be told after the session creates, renames or deletes one.
   */
  private void addFileOperations(FileOperationsServerCapabilities operations) {
    if (operations == null) {
      return;
    }
    WorkspaceService workspace = server.getWorkspaceService();
    if (operations.getWillCreate() != null) {
      fileOperations.add("willCreate");
      requests.add(new Request("workspace/willCreateFiles", t -> workspace.willCreateFiles(new CreateFilesParams(
          List.of(new FileCreate(sibling(t.document(), "soak-new.nix"))))), (r, t) -> List.of()));
    }
    if (operations.getWillRename() != null) {
      fileOperations.add("willRename");
      requests.add(new Request("workspace/willRenameFiles", t -> {
        // a file to a new name in its folder, or its folder (a by-name service's) to a new name
        Path file = t.document().path;
        FileRename rename = t.random().nextBoolean()
            ? new FileRename(t.document().uri, sibling(t.document(), "soak-renamed.nix"))
            : new FileRename(file.getParent().toUri().toString(),
                file.getParent().resolveSibling(file.getParent().getFileName() + "-soak").toUri().toString());
        return workspace.willRenameFiles(new RenameFilesParams(List.of(rename)));
      }, (r, t) -> List.of()));
    }
    if (operations.getWillDelete() != null) {
      fileOperations.add("willDelete");
      requests.add(new Request("workspace/willDeleteFiles", t -> workspace.willDeleteFiles(
          new DeleteFilesParams(List.of(new FileDelete(t.document().uri)))), (r, t) -> List.of()));
    }
    for (String notified : List.of("didCreate", "didRename", "didDelete")) {
      boolean announced = switch (notified) {
        case "didCreate" -> operations.getDidCreate() != null;
        case "didRename" -> operations.getDidRename() != null;
        default -> operations.getDidDelete() != null;
      };
      if (announced) {
        fileOperations.add(notified);
      }
    }
  }

  /** Whether the server asked to be told of {@code operation} ("didCreate", "didRename", "didDelete") after it happens. */
  boolean notifies(String operation) {
    return fileOperations.contains(operation);
  }

  private static String sibling(SoakDocument document, String name) {
    return document.path.resolveSibling(name).toUri().toString();
  }

  /** The announced requests, in a stable order (the soak test draws from them at random). */
  List<Request> all() {
    return requests;
  }

  /**
   * The capabilities the server announces that this class sends nothing for: a feature that
   * the soak test would silently leave alone, so the test fails until it is taught it.
   */
  static Set<String> unexercised(ServerCapabilities capabilities, SoakRequests known) {
    Set<String> missing = new TreeSet<>();
    for (Method getter : ServerCapabilities.class.getMethods()) {
      if (!getter.getName().startsWith("get") || getter.getParameterCount() != 0 || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      String name = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
      Object value;
      try {
        value = getter.invoke(capabilities);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
      boolean announced = value != null && !Boolean.FALSE.equals(value)
          && !(value instanceof Either && ((Either<?, ?>) value).isLeft() && Boolean.FALSE.equals(((Either<?, ?>) value).getLeft()));
      if (announced && !NOT_REQUESTS.contains(name) && !known.exercised.contains(name) && !workspaceWithoutRequests(name, capabilities)) {
        missing.add(name);
      }
    }
    return missing;
  }

  /**
   * The workspace capability announces requests only through file operations (all of which this
   * class exercises) and text document content providers (which it does not).
   */
  private static boolean workspaceWithoutRequests(String name, ServerCapabilities capabilities) {
    return name.equals("workspace") && capabilities.getWorkspace().getTextDocumentContent() == null;
  }

  private void addSemanticTokens(TextDocumentService documents, SemanticTokensWithRegistrationOptions provider) {
    boolean full = on(provider.getFull());
    boolean delta = provider.getFull() != null && provider.getFull().isRight()
        && Boolean.TRUE.equals(provider.getFull().getRight().getDelta());
    if (full) {
      add("semanticTokensProvider", "textDocument/semanticTokens/full", t -> {
        String previous = semanticTokensResults.get(t.document().uri);
        if (delta && previous != null && t.random().nextBoolean()) {
          return documents.semanticTokensFullDelta(new SemanticTokensDeltaParams(t.id(), previous));
        }
        return documents.semanticTokensFull(new SemanticTokensParams(t.id()));
      }, (result, t) -> {
        String id = result instanceof SemanticTokens ? ((SemanticTokens) result).getResultId()
            : result instanceof Either && ((Either<?, ?>) result).isLeft() ? ((SemanticTokens) ((Either<?, ?>) result).getLeft()).getResultId()
            : result instanceof Either ? ((SemanticTokensDelta) ((Either<?, ?>) result).getRight()).getResultId() : null;
        if (id != null) {
          semanticTokensResults.put(t.document().uri, id);
        }
        return List.of();
      });
    }
    if (on(provider.getRange())) {
      add("semanticTokensProvider", "textDocument/semanticTokens/range",
          t -> documents.semanticTokensRange(new SemanticTokensRangeParams(t.id(), t.range())));
    }
  }

  /** Executes a command the server offered, when it announced that it executes it. */
  private void execute(Command command, List<CompletableFuture<?>> next) {
    if (command != null && commands.contains(command.getCommand())) {
      next.add(server.getWorkspaceService().executeCommand(new ExecuteCommandParams(command.getCommand(), command.getArguments())));
    }
  }

  private void add(String capability, String method, Function<Target, CompletableFuture<?>> send) {
    add(capability, method, send, (result, target) -> List.of());
  }

  private void add(String capability, String method, Function<Target, CompletableFuture<?>> send,
                   BiFunction<Object, Target, List<CompletableFuture<?>>> followUps) {
    exercised.add(capability);
    requests.add(new Request(method, send, followUps));
  }

  /** A query for workspace/symbol: the start of the word at the target, sometimes nothing. */
  private static String wordAt(Target t) {
    String text = t.document().text;
    int at = Math.min(t.document().offset(t.position()), text.length());
    int start = at;
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    int end = at;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && end - start < 6) {
      end++;
    }
    return t.random().nextInt(10) == 0 ? "" : text.substring(start, end);
  }

  private static boolean on(Either<Boolean, ?> capability) {
    return capability != null && (capability.isRight() ? capability.getRight() != null : Boolean.TRUE.equals(capability.getLeft()));
  }
}
