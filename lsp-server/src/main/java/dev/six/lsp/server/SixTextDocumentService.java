package dev.six.lsp.server;

import com.google.gson.JsonPrimitive;
import dev.six.lsp.ide.Completion;
import dev.six.lsp.ide.QuickFixes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import dev.six.lsp.eval.EvaluationService;
import dev.six.lsp.values.EvaluatedCompletion;
import com.google.gson.JsonObject;
import dev.six.lsp.values.ValueFeatures;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.FileRename;
import org.eclipse.lsp4j.RenameFilesParams;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.six.lsp.ide.CrossFileNavigation;
import dev.six.lsp.ide.IndexCompletion;
import dev.six.lsp.ide.ServiceRename;
import dev.six.lsp.ide.WorkspaceFacts;
import dev.six.lsp.ide.WorkspaceTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import dev.six.lsp.ide.HoverText;
import dev.six.lsp.ide.SourceText;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import dev.six.lsp.ide.Rename;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import dev.six.lsp.ide.SelectionRanges;
import dev.six.lsp.ide.Span;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import java.util.Map;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.Destination;
import dev.six.lsp.ide.Fold;
import dev.six.lsp.ide.FoldBuilder;
import dev.six.lsp.ide.Navigation;
import dev.six.lsp.ide.OutlineBuilder;
import dev.six.lsp.ide.OutlineSymbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The document half of the protocol: keeps the open documents in step with the editor (whole or
 * incremental changes), has them checked after each edit (and, on save, the roots they affect
 * evaluated), and answers the outline, folding,
 * selection, navigation, rename, completion, hover, semantic token, document link and code action
 * requests from a fresh parse on a worker thread, with what finished evaluations know (values,
 * infusion previews and lenses: {@link ValueFeatures}).
 */
final class SixTextDocumentService implements TextDocumentService {
  private static final Logger LOG = LoggerFactory.getLogger(SixTextDocumentService.class);
  private final OpenDocuments documents;
  private final DiagnosticsScheduler diagnostics;
  private final RequestRunner requests;
  private final WorkspaceIndexer indexer;
  private volatile boolean clientCanMoveFiles;
  private final SemanticTokenRequests semanticTokens;
  private final DocumentLinkRequests links;
  private final EvaluationService evaluation;
  private final ValueFeatures values;

  SixTextDocumentService(OpenDocuments documents, DiagnosticsScheduler diagnostics, RequestRunner requests,
      WorkspaceIndexer indexer, SemanticTokenRequests semanticTokens, DocumentLinkRequests links, EvaluationService evaluation,
      ValueFeatures values) {
    this.documents = documents;
    this.diagnostics = diagnostics;
    this.requests = requests;
    this.indexer = indexer;
    this.semanticTokens = semanticTokens;
    this.links = links;
    this.evaluation = evaluation;
    this.values = values;
  }

  /** Whether the editor applies workspace edits that move files (a service rename moves its directory). */
  void clientCanMoveFiles(boolean can) {
    clientCanMoveFiles = can;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var item = params.getTextDocument();
    OpenDocument document = documents.open(item.getUri(), item.getVersion(), item.getText());
    diagnostics.schedule(document);
    indexer.edited(document.file(), item.getText());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    documents.get(uri).ifPresent(current -> {
      String text = current.source().text();
      // Changes apply in order, each to the result of the one before (the protocol's rule).
      for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
        text = change.getRange() == null ? change.getText() : TextEdits.apply(text, change.getRange(), change.getText());
      }
      documents.update(uri, params.getTextDocument().getVersion(), text).ifPresent(document -> {
        diagnostics.schedule(document);
        indexer.edited(document.file(), document.source().text());
      });
    });
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    documents.get(uri).ifPresent(document -> indexer.edited(document.file(), null));
    documents.close(uri);
    diagnostics.clear(uri);
    semanticTokens.closed(uri);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // The text is known from didChange; saving makes it what evaluation reads. Queued only: the
    // roots the file affects are evaluated on the evaluation service's own thread.
    WorkspaceRoots.file(params.getTextDocument().getUri()).ifPresent(evaluation::saved);
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("documentSymbol", cancel -> {
      List<Either<SymbolInformation, DocumentSymbol>> result = new ArrayList<>();
      documents.get(uri).ifPresent(document -> {
        DocumentAnalysis analysis = document.parsed();
        cancel.checkCanceled();
        for (OutlineSymbol symbol : OutlineBuilder.outline(analysis)) {
          result.add(Either.forRight(LspTypes.symbol(symbol, document.source())));
        }
      });
      return result;
    });
  }

  @Override
  public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("foldingRange", cancel -> {
      List<FoldingRange> result = new ArrayList<>();
      documents.get(uri).ifPresent(document -> {
        DocumentAnalysis analysis = document.parsed();
        cancel.checkCanceled();
        for (Fold fold : FoldBuilder.folds(analysis)) {
          result.add(LspTypes.folding(fold));
        }
      });
      return result;
    });
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("definition", cancel -> {
      List<Location> result = new ArrayList<>();
      navigation(uri).ifPresent(at -> {
        cancel.checkCanceled();
        int offset = at.offset(params.getPosition());
        WorkspaceTexts texts = texts();
        List<Destination> found = crossFile(at, texts).definition(offset);
        if (found.isEmpty()) {
          found = at.navigation().definition(offset);
        }
        for (Destination destination : found) {
          result.add(location(destination, at, texts));
        }
      });
      return Either.forLeft(result);
    });
  }

  @Override
  public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("documentHighlight", cancel -> {
      List<DocumentHighlight> result = new ArrayList<>();
      navigation(uri).ifPresent(at -> {
        cancel.checkCanceled();
        for (Navigation.Highlight highlight : at.navigation().highlights(at.offset(params.getPosition()))) {
          result.add(LspTypes.highlight(highlight, at.document().source()));
        }
      });
      return result;
    });
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    String uri = params.getTextDocument().getUri();
    boolean declarations = params.getContext() != null && params.getContext().isIncludeDeclaration();
    return requests.run("references", cancel -> {
      List<Location> result = new ArrayList<>();
      navigation(uri).ifPresent(at -> {
        cancel.checkCanceled();
        int offset = at.offset(params.getPosition());
        Set<Destination> seen = new HashSet<>();
        List<Destination> found = new ArrayList<>();
        Path file = at.document().file();
        for (var span : at.navigation().references(offset, declarations)) {
          Destination here = file == null ? new Destination(null, span) : new Destination(file, span);
          if (seen.add(here)) {
            found.add(here);
          }
        }
        WorkspaceTexts texts = texts();
        for (Destination d : crossFile(at, texts).references(offset, declarations).orElse(List.of())) {
          if (seen.add(d)) {
            found.add(d);
          }
        }
        for (Destination d : found) {
          result.add(location(d, at, texts));
        }
      });
      return result;
    });
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("hover", cancel -> navigation(uri).flatMap(at -> {
      int offset = at.offset(params.getPosition());
      Optional<HoverText.Hover> binding = HoverText.at(at.analysis(), offset);
      cancel.checkCanceled();
      // the evaluated part (a value, an infusion's before and after) after how the name is bound
      Optional<ValueFeatures.Hover> evaluated = EvaluatedFiles.name(at.document())
          .flatMap(file -> values.hover(file, at.analysis(), offset));
      if (binding.isEmpty() && evaluated.isEmpty()) {
        return Optional.<Hover>empty();
      }
      String markdown = binding.map(HoverText.Hover::markdown).orElse("")
          + (binding.isPresent() && evaluated.isPresent() ? "\n\n---\n\n" : "")
          + evaluated.map(ValueFeatures.Hover::markdown).orElse("");
      Span span = binding.isPresent() ? binding.get().span() : evaluated.get().span();
      return Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN, SourceText.fromBytewise(markdown)),
          span == null ? null : LspTypes.range(at.document().source(), span.start(), span.end())));
    }).orElse(null));
  }

  @Override
  public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("codeLens", cancel -> {
      List<CodeLens> result = new ArrayList<>();
      navigation(uri).ifPresent(at -> EvaluatedFiles.name(at.document()).ifPresent(file -> {
        // unresolved: a title may evaluate a host again, so it is made when the editor shows the lens
        for (Span place : values.lensPlaces(file, at.analysis())) {
          Range range = LspTypes.range(at.document().source(), place.start(), place.end());
          JsonObject data = new JsonObject();
          data.addProperty("uri", uri);
          data.addProperty("offset", place.start());
          result.add(new CodeLens(range, null, data));
        }
      }));
      return result;
    });
  }

  @Override
  public CompletableFuture<CodeLens> resolveCodeLens(CodeLens unresolved) {
    return requests.run("codeLens/resolve", cancel -> {
      if (!(unresolved.getData() instanceof JsonObject data) || !data.has("uri") || !data.has("offset")) {
        return unresolved;
      }
      String uri = data.get("uri").getAsString();
      int offset = data.get("offset").getAsInt();
      String title = navigation(uri)
          .flatMap(at -> EvaluatedFiles.name(at.document()).flatMap(file -> values.lensTitle(file, at.analysis(), offset)))
          .map(SourceText::fromBytewise)
          .orElse("infusion: not evaluated (save to evaluate)");
      // the command asks the editor's extension to open the six/infusionPreview pane there
      unresolved.setCommand(new Command(title, "six.showInfusionPreview",
          List.of(uri, unresolved.getRange().getStart())));
      return unresolved;
    });
  }

  /** {@code six/infusionPreview}: the infusion at a position, before and after, with the service directory. */
  CompletableFuture<InfusionPreviewResult> infusionPreview(TextDocumentPositionParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("six/infusionPreview", cancel -> navigation(uri)
        .flatMap(at -> EvaluatedFiles.name(at.document())
            .flatMap(file -> values.preview(file, at.analysis(), at.offset(params.getPosition())))
            .map(preview -> InfusionPreviewResult.of(preview, at.document().source())))
        .orElse(null));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("completion", cancel -> {
      List<CompletionItem> items = new ArrayList<>();
      documents.get(uri).ifPresent(document -> {
        Position at = params.getPosition();
        int offset = document.source().offset(at.getLine(), at.getCharacter());
        // attribute names of the value an evaluation gave the expression before the dot, first
        EvaluatedFiles.name(document).ifPresent(file -> {
          for (EvaluatedCompletion.Item item : values.completion(file, document.source(), offset)) {
            CompletionItem c = new CompletionItem(SourceText.fromBytewise(item.name()));
            c.setKind(CompletionItemKind.Field);
            c.setDetail(item.type());
            c.setSortText(String.format("%04d", items.size()));
            items.add(c);
          }
        });
        cancel.checkCanceled();
        // the workspace's static guesses (services, targets, parameters) only where no evaluation
        // knows the set: a host's evaluated targets are its own, the index's are every host's
        List<Completion.Item> proposals = (items.isEmpty()
            ? IndexCompletion.at(document.source(), document.file(), offset, facts())
            : Optional.<List<Completion.Item>>empty())
            .orElseGet(() -> Completion.at(document.source(), offset));
        Set<String> evaluatedNames = new HashSet<>();
        items.forEach(c -> evaluatedNames.add(c.getLabel()));
        for (Completion.Item item : proposals) {
          if (evaluatedNames.contains(item.label())) {
            continue; // the evaluated set already offers it, with its value's type
          }
          CompletionItem c = new CompletionItem(item.label());
          c.setKind(switch (item.kind()) {
            case LOCAL -> CompletionItemKind.Variable;
            case GLOBAL, BUILTIN -> CompletionItemKind.Function;
            case SUGAR -> CompletionItemKind.Keyword;
            case SERVICE, PACKAGE -> CompletionItemKind.Module;
            case TARGET -> CompletionItemKind.Field;
            case PARAMETER -> CompletionItemKind.Property;
          });
          c.setDetail(item.detail());
          if (Completion.hasDocumentation(item.kind())) {
            c.setData(item.kind().name() + ":" + item.label()); // what resolveCompletionItem documents
          }
          c.setSortText(String.format("%04d", items.size())); // the order given: innermost scope first
          items.add(c);
        }
      });
      return Either.forRight(new CompletionList(false, items));
    });
  }

  /**
   * Adds the documentation of a proposed built-in, global or sugar, which the completion list
   * leaves out to stay small (the {@code builtins.} list has over a hundred entries).
   */
  @Override
  public CompletableFuture<CompletionItem> resolveCompletionItem(CompletionItem item) {
    return requests.run("completionItem/resolve", cancel -> {
      Object data = item.getData();
      String kindAndLabel = data instanceof JsonPrimitive p && p.isString() ? p.getAsString()
          : data instanceof String s ? s : "";
      for (Completion.Kind kind : Completion.Kind.values()) {
        if (kindAndLabel.startsWith(kind.name() + ":")) {
          Completion.documentation(kind, kindAndLabel.substring(kind.name().length() + 1))
              .ifPresent(markdown -> item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, markdown)));
        }
      }
      return item;
    });
  }

  @Override
  public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("selectionRange", cancel -> {
      List<SelectionRange> result = new ArrayList<>();
      documents.get(uri).ifPresent(document -> {
        DocumentAnalysis analysis = document.parsed();
        for (Position position : params.getPositions()) {
          cancel.checkCanceled();
          SelectionRange chain = null;
          List<Span> spans = SelectionRanges.at(analysis, document.source().offset(position.getLine(),
              position.getCharacter()));
          for (int i = spans.size() - 1; i >= 0; i--) {
            chain = new SelectionRange(LspTypes.range(document.source(), spans.get(i).start(), spans.get(i).end()), chain);
          }
          Range here = new Range(position, position);
          result.add(chain != null ? chain : new SelectionRange(here, null));
        }
      });
      return result;
    });
  }

  @Override
  public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
      PrepareRenameParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("prepareRename", cancel -> navigation(uri)
        .flatMap(at -> new ServiceRename(facts(), texts()).target(at.analysis(), at.document().file(),
                at.offset(params.getPosition())).map(ServiceRename.Target::span)
            .or(() -> Rename.target(at.analysis(), at.offset(params.getPosition())))
            .map(span -> Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forFirst(
                LspTypes.range(at.document().source(), span.start(), span.end()))))
        .orElse(null));
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("rename", cancel -> {
      Navigable at = navigation(uri).orElseThrow(() -> refused("the document is not open"));
      WorkspaceTexts texts = texts();
      ServiceRename services = new ServiceRename(facts(), texts);
      int offset = at.offset(params.getPosition());
      if (services.target(at.analysis(), at.document().file(), offset).isPresent()) {
        ServiceRename.Plan moved = services.plan(at.analysis(), at.document().file(), offset, params.getNewName(),
            clientCanMoveFiles);
        if (moved.refused()) {
          throw refused(moved.refusal());
        }
        return ServiceRenameEdit.of(moved, texts, documents);
      }
      Rename.Plan plan = Rename.plan(at.analysis(), at.offset(params.getPosition()), params.getNewName());
      if (plan.refused()) {
        throw refused(plan.refusal());
      }
      List<TextEdit> edits = new ArrayList<>();
      for (var span : plan.spans()) {
        edits.add(new TextEdit(LspTypes.range(at.document().source(), span.start(), span.end()), params.getNewName()));
      }
      return new WorkspaceEdit(Map.of(uri, edits));
    });
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
    return semanticTokens.full(params);
  }

  @Override
  public CompletableFuture<Either<SemanticTokens, SemanticTokensDelta>> semanticTokensFullDelta(
      SemanticTokensDeltaParams params) {
    return semanticTokens.delta(params);
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
    return semanticTokens.range(params);
  }

  @Override
  public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
    return links.links(params);
  }

  /**
   * Quick fixes of the diagnostics under the range, found on a fresh check of the document (what
   * the client sends as the context's diagnostics may be stale), unless the client asks only for
   * other kinds of action.
   */
  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    boolean wanted = only == null || only.stream().anyMatch(k -> k.isEmpty() || k.equals(CodeActionKind.QuickFix));
    return requests.run("codeAction", cancel -> {
      List<Either<Command, CodeAction>> result = new ArrayList<>();
      documents.get(uri).filter(document -> wanted).ifPresent(document -> {
        SourceText source = document.source();
        DocumentAnalysis analysis = document.checked();
        cancel.checkCanceled();
        Range range = params.getRange();
        int start = source.offset(range.getStart().getLine(), range.getStart().getCharacter());
        int end = source.offset(range.getEnd().getLine(), range.getEnd().getCharacter());
        for (QuickFixes.Fix fix : QuickFixes.at(analysis, start, end)) {
          result.add(Either.forRight(LspTypes.codeAction(fix, source, uri)));
        }
      });
      return result;
    });
  }

  /**
   * The editor is about to move files: for a by-name service's directory, the edits that rename
   * the service's uses with it (the move itself is the editor's). A move six would refuse as a
   * rename changes nothing, and says why in the log.
   */
  CompletableFuture<WorkspaceEdit> willRenameFiles(RenameFilesParams params) {
    return requests.run("willRenameFiles", cancel -> {
      WorkspaceTexts texts = texts();
      ServiceRename services = new ServiceRename(facts(), texts);
      List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
      for (FileRename rename : params.getFiles()) {
        Path from = local(rename.getOldUri());
        Path to = local(rename.getNewUri());
        if (from == null || to == null) {
          continue;
        }
        services.directoryMoved(from, to).ifPresent(plan -> {
          if (plan.refused()) {
            LOG.warn("moving {}: the uses of the service are left as they are: {}", from, plan.refusal());
          } else {
            changes.addAll(ServiceRenameEdit.textEdits(plan, texts, documents));
          }
        });
      }
      return changes.isEmpty() ? null : new WorkspaceEdit(changes);
    });
  }

  private static Path local(String uri) {
    try {
      java.net.URI parsed = java.net.URI.create(uri);
      return "file".equals(parsed.getScheme()) ? Path.of(parsed).normalize() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A request the server declines, with the reason the editor shows. */
  private static ResponseErrorException refused(String why) {
    return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, why, null));
  }

  /** An open document with its navigation, ready to answer at editor positions. */
  private record Navigable(OpenDocument document, DocumentAnalysis analysis, Navigation navigation) {
    int offset(Position position) {
      return document.source().offset(position.getLine(), position.getCharacter());
    }
  }

  /** The workspace index as the cross-file features ask it (nothing without a workspace). */
  private WorkspaceFacts facts() {
    try {
      return indexer.facts();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return WorkspaceFacts.NONE;
    }
  }

  /** File texts for one request: the editor's for open documents, else the disk's. */
  private WorkspaceTexts texts() {
    return new WorkspaceTexts(file -> documents.byFile(file).map(OpenDocument::source).orElseGet(() -> {
      try {
        return SourceText.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException unreadable) {
        return null;
      }
    }));
  }

  private CrossFileNavigation crossFile(Navigable at, WorkspaceTexts texts) {
    return new CrossFileNavigation(facts(), texts, at.analysis(), at.document().file());
  }

  /** A destination as a location: in the request's document, or in a file whose text converts its offsets. */
  private static Location location(Destination d, Navigable at, WorkspaceTexts texts) {
    if (d.file() == null || d.file().equals(at.document().file())) {
      return new Location(at.document().uri(), LspTypes.range(at.document().source(), d.span().start(), d.span().end()));
    }
    SourceText text = texts.of(d.file());
    Range range = text == null ? new Range(new Position(0, 0), new Position(0, 0))
        : LspTypes.range(text, d.span().start(), d.span().end());
    return new Location(d.file().toUri().toString(), range);
  }

  private Optional<Navigable> navigation(String uri) {
    return documents.get(uri).map(document -> {
      return new Navigable(document, document.parsed(), document.navigation());
    });
  }
}
