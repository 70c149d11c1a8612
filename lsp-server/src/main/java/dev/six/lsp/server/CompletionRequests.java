package dev.six.lsp.server;

import com.google.gson.JsonPrimitive;
import dev.six.lsp.ide.Completion;
import dev.six.lsp.ide.IndexCompletion;
import dev.six.lsp.ide.SourceText;
import dev.six.lsp.ide.WorkspaceFacts;
import dev.six.lsp.values.EvaluatedCompletion;
import dev.six.lsp.values.ValueFeatures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The completion requests on the request workers: first the attribute names of the value an
 * evaluation gave the expression before the dot, then the workspace's static guesses (services,
 * targets, parameters) where no evaluation knows the set, then the names in scope; the
 * documentation of a proposed built-in, global or sugar only when the editor resolves it.
 */
final class CompletionRequests {
  private final OpenDocuments documents;
  private final RequestRunner requests;
  private final ValueFeatures values;
  private final Supplier<WorkspaceFacts> facts;

  CompletionRequests(OpenDocuments documents, RequestRunner requests, ValueFeatures values,
      Supplier<WorkspaceFacts> facts) {
    this.documents = documents;
    this.requests = requests;
    this.values = values;
    this.facts = facts;
  }

  CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
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
            ? IndexCompletion.at(document.source(), document.file(), offset, facts.get())
            : Optional.<List<Completion.Item>>empty())
            .orElseGet(() -> Completion.at(document.source(), offset));
        Set<String> evaluatedNames = new HashSet<>();
        items.forEach(c -> evaluatedNames.add(c.getLabel()));
        for (Completion.Item item : proposals) {
          if (evaluatedNames.contains(item.label())) {
            continue; // the evaluated set already offers it, with its value's type
          }
          items.add(proposal(item, items.size()));
        }
      });
      return Either.forRight(new CompletionList(false, items));
    });
  }

  /** A static proposal as the editor shows it, sorted at {@code position} (innermost scope first). */
  private static CompletionItem proposal(Completion.Item item, int position) {
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
      c.setData(item.kind().name() + ":" + item.label()); // what resolve documents
    }
    c.setSortText(String.format("%04d", position));
    return c;
  }

  /**
   * Adds the documentation of a proposed built-in, global or sugar, which the completion list
   * leaves out to stay small (the {@code builtins.} list has over a hundred entries).
   */
  CompletableFuture<CompletionItem> resolve(CompletionItem item) {
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
}
