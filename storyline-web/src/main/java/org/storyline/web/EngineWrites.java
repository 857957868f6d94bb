package org.storyline.web;

import java.util.List;
import java.util.Objects;
import org.storyline.engine.CommitListener;
import org.storyline.engine.Engine;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.reconcile.entity.EntityDecision;

/** {@link Writes} through one engine, one call at a time (the engine is not thread-safe). */
public final class EngineWrites implements Writes {

  private final Engine engine;

  public EngineWrites(Engine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public synchronized int add(List<Article> articles) {
    return engine.add(articles);
  }

  @Override
  public synchronized void decide(EntityDecision decision) {
    engine.decide(decision);
  }

  @Override
  public void listen(CommitListener listener) {
    engine.listen(listener);
  }

  @Override
  public synchronized void recordProblems(List<Problem> problems) {
    engine.recordProblems(problems);
  }
}
