package org.storyline.reconcile.entity.eval;

import java.util.List;
import java.util.Objects;

/**
 * One MEANTIME document: its tokens by sentence and its gold entity mentions.
 *
 * @param id the document's {@code doc_id}
 * @param file where it was read from
 * @param sentences tokens, sentence by sentence
 * @param mentions entity mentions in one sentence each, token runs of it
 */
public record MeantimeDocument(String id, String file, List<List<String>> sentences, List<GoldMention> mentions) {

  public MeantimeDocument {
    Objects.requireNonNull(id, "id");
    sentences = sentences.stream().map(List::copyOf).toList();
    mentions = List.copyOf(mentions);
  }

  /**
   * A gold entity mention.
   *
   * @param markable its {@code m_id}
   * @param sentence the sentence index
   * @param start first token's index in the sentence
   * @param end one past the last token's index
   * @param syntacticType NAM, PRE.NAM, NOM, PRO ... ({@code ""} when the file gives none)
   * @param type the type of the entity it refers to: PER, ORG, LOC, PRO, FIN
   * @param instance the cross-document instance ({@code instance_id}); for an entity without one,
   *     the document id and the entity's {@code m_id}, so it is a cluster of its own document
   */
  public record GoldMention(String markable, int sentence, int start, int end, String syntacticType, String type,
      String instance) {

    /** Whether it is a name (NAM, or a name as pre-modifier: PRE.NAM). */
    public boolean isNamed() {
      return syntacticType.equals("NAM") || syntacticType.equals("PRE.NAM");
    }
  }
}
