package org.storyline.summarize;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storyline.extract.Extraction;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.Layout;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;

/** Made-up articles for the summariser tests, extracted with the real time tagger. */
final class Stories {

  private Stories() {}

  static DatedText text(String id, String outlet, String date, String text) {
    return new DatedText(id, outlet, LocalDate.parse(date), null, text);
  }

  static Extraction extraction(String title, String outlet, String date, String body) {
    String text = title + "\n\n" + body;
    LocalDate day = LocalDate.parse(date);
    PublicationDate published = PublicationDate.given(day, DateSource.METADATA);
    Span head = Span.of(0, title.length());
    Article a = new Article(ArticleId.derive(null, title, published, text), new Origin(outlet + ".txt", 0),
        SourceFormat.TEXT, title, published, outlet, null, text,
        new Layout(head, null, null, List.of(head, Span.of(title.length() + 2, text.length()))), text,
        OffsetMap.identity(text.length()), List.of());
    return new Extraction(a, Optional.of(day), new RuleTimeTagger().tag(text, day), List.of(), List.of(), List.of());
  }
}
