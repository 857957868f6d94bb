package org.storyline.web;

import java.util.List;
import org.storyline.engine.CommitListener;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.reconcile.entity.EntityDecision;

/**
 * Everything the server writes, which goes through the engine. Implementations are thread-safe:
 * request threads call them at once and the engine is not, so they take turns.
 */
public interface Writes {

  /** Analyses and stores cleaned articles (a {@code POST articles} batch); returns how many were new. */
  int add(List<Article> articles);

  /** Records a user's entity merge or split and applies it to the stories it touches. */
  void decide(EntityDecision decision);

  /** Records problems met outside an ingest (a feed that failed while watching). */
  void recordProblems(List<Problem> problems);

  /**
   * Tells {@code listener} of every later commit these writes make, before and after it (the server
   * drops and makes again what it keeps of the stories a commit changes). Writes that commit
   * nothing hear nothing.
   */
  default void listen(CommitListener listener) {}

  /** A server that writes nothing: every call throws. */
  static Writes readOnly() {
    return new Writes() {
      @Override
      public int add(List<Article> articles) {
        throw new UnsupportedOperationException("this server is read-only");
      }

      @Override
      public void decide(EntityDecision decision) {
        throw new UnsupportedOperationException("this server is read-only");
      }

      @Override
      public void recordProblems(List<Problem> problems) {
        throw new UnsupportedOperationException("this server is read-only");
      }
    };
  }
}
