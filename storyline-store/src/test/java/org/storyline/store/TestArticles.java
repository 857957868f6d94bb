package org.storyline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.Layout;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.PublicationDate;
import org.storyline.model.Removal;
import org.storyline.model.RemovalReason;
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;

/** Articles for tests, each a pure function of its arguments. */
final class TestArticles {

  private static final String PROMO = "SIGN UP NOW for our newsletter\n";

  private TestArticles() {}

  /**
   * Article number {@code n} of a generated corpus: about 1.5 kB of text that names {@code n},
   * taken from a source with a sign-up box in front; every fifth is undated.
   */
  static Article generated(int n) {
    String title = "Story number " + n;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      body.append("Sentence ").append(i).append(" of story ").append(n)
          .append(" says that the value is ").append(n * 31L + i).append(" — naïve café ✓. ");
    }
    String text = title + "\n\n" + body.toString().strip();
    String source = PROMO + text;
    OffsetMap map = OffsetMap.builder(source.length()).copy(PROMO.length(), text.length()).build();
    PublicationDate date = n % 5 == 0 ? null
        : PublicationDate.given(LocalDate.of(2024, 1, 1).plusDays(n % 365), DateSource.METADATA);
    Layout layout = new Layout(Span.of(0, title.length()), null, null,
        List.of(Span.of(0, title.length()), Span.of(title.length() + 2, text.length())));
    String url = "https://example.org/story/" + n;
    return new Article(ArticleId.derive(url, title, date, text), new Origin("corpus.jsonl", n + 1L),
        SourceFormat.JSONL, title, date, "Example Times", url, text, layout, source, map,
        List.of(new Removal(Span.of(0, PROMO.length()), RemovalReason.SIGNUP_BOX)));
  }

  static List<Article> generated(int from, int to) {
    List<Article> out = new ArrayList<>();
    for (int n = from; n < to; n++) {
      out.add(generated(n));
    }
    return out;
  }

  /**
   * An article that uses every field: an inferred date, dateline and byline, a source map with
   * inserted characters and several runs, removals of several kinds, and text outside the BMP.
   */
  static Article rich() {
    // source: "AD\n" + "Ünïcödé 📰 headline\n\n\n" + "(Photo/AP)\n" + "KYIV, Ukraine — 東京 body 😀 text.\n" + "By Zoë\n"
    String ad = "AD\n";
    String headline = "Ünïcödé 📰 headline";
    String credit = "(Photo/AP)\n";
    String dateline = "KYIV, Ukraine";
    String body = dateline + " — 東京 body 😀 text.";
    String byline = "By Zoë";
    String source = ad + headline + "\n\n\n" + credit + body + "\n" + byline + "\n";
    String text = headline + "\n\n" + body + "\n\n" + byline;

    int headlineAt = ad.length();
    int bodyAt = headlineAt + headline.length() + 3 + credit.length();
    int bylineAt = bodyAt + body.length() + 1;
    OffsetMap map = OffsetMap.builder(source.length())
        .copy(headlineAt, headline.length() + 2) // headline and two of its three newlines
        .copy(bodyAt, body.length() + 1)         // body and its newline
        .insert(1)                               // a second newline the source does not have
        .copy(bylineAt, byline.length())
        .build();

    int textBody = headline.length() + 2;
    int textByline = textBody + body.length() + 2;
    Layout layout = new Layout(
        Span.of(0, headline.length()),
        Span.of(textBody, textBody + dateline.length()),
        Span.of(textByline, text.length()),
        List.of(Span.of(0, headline.length()), Span.of(textBody, textBody + body.length()),
            Span.of(textByline, text.length())));
    List<Removal> removed = List.of(
        new Removal(Span.of(0, ad.length()), RemovalReason.APP_PROMO),
        new Removal(Span.of(headlineAt + headline.length() + 2, headlineAt + headline.length() + 3),
            RemovalReason.WHITESPACE),
        new Removal(Span.of(bodyAt - credit.length(), bodyAt), RemovalReason.PHOTO_CREDIT),
        new Removal(Span.of(source.length() - 1, source.length()), RemovalReason.WHITESPACE));
    PublicationDate date = new PublicationDate(LocalDate.of(2023, 2, 28), DateSource.INFERRED, 0.7349);
    String url = "https://example.org/ünï?q=1&r=\"2\"";
    return new Article(ArticleId.derive(url, headline, date, text), new Origin("in/page 1.html", 0),
        SourceFormat.HTML, headline, date, "The Ëxample Post", url, text, layout, source, map, removed);
  }

  /** A minimal article with the given id: no title, date, outlet, url, removals. */
  static Article bare(String id, String text, Origin origin) {
    return new Article(new ArticleId(id), origin, SourceFormat.TEXT, null, null, null, null, text,
        new Layout(null, null, null, text.isEmpty() ? List.of() : List.of(Span.of(0, text.length()))),
        text, OffsetMap.identity(text.length()), List.of());
  }

  /** The same article read from another input. */
  static Article from(Article a, Origin origin) {
    return new Article(a.id(), origin, a.format(), a.title(), a.published(), a.outlet(), a.url(), a.text(),
        a.layout(), a.source(), a.sourceMap(), a.removed());
  }
}
