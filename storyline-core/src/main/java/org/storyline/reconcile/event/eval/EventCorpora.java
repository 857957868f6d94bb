package org.storyline.reconcile.event.eval;

import java.io.IOException;
import java.nio.file.Path;

/** Reads gold event mentions from either layout the evaluation knows: ECB+ JSONL or MEANTIME XML. */
public final class EventCorpora {

  private EventCorpora() {}

  /** ECB+ when the folder holds {@code documents.jsonl} and {@code event_mentions.jsonl}, else MEANTIME XML below it. */
  public static EventCorpus read(Path dir) throws IOException {
    return EcbPlusReader.accepts(dir) ? EcbPlusReader.read(dir) : MeantimeEventReader.read(dir);
  }
}
