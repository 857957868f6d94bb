package org.storyline.cluster;

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
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;

/** Made-up local news: events, each told by a few differently written reports. */
final class Events {

  static final String[] VICTIMS = {"Marcus Delany", "Tonya Whitfield", "Reggie Santoro", "Alma Kowalczyk", "Dion Bratton",
      "Lucille Ferreira", "Omar Haddadin", "Keisha Pruitt", "Victor Lindqvist", "Renata Obregon", "Calvin Mbeki", "Hattie Gorski"};
  static final String[] CITIES = {"Rocky Mount", "Marksville", "Orangeburg", "Wilkinsburg", "Duquesne", "Hallandale",
      "Tuscaloosa", "Kalamazoo", "Pueblo", "Yakima", "Bangor", "Muskogee"};
  static final String[] STREETS = {"Edwards Street", "Martin Luther King Drive", "Juniper Avenue", "Old Mill Road",
      "Cypress Lane", "Harbor Boulevard", "Quarry Street", "Linden Court", "Pecan Way", "Sawyer Avenue", "Birch Hollow", "Canal Street"};

  private static final String[] TEMPLATES = {
      "%1$s was shot on %3$s in %2$s late on the evening, police said. Officers found %1$s wounded near a parked car and "
          + "paramedics took the victim to a hospital in %2$s. Detectives in %2$s asked anyone who saw the shooting on "
          + "%3$s to call the police department. No arrest has been made and investigators have not named a suspect.",
      "Police in %2$s are investigating a shooting that wounded %1$s. According to the department, the gunfire broke out "
          + "along %3$s and neighbours heard several shots. %1$s remained in the hospital on the following day. The chief "
          + "of the %2$s police said patrols on %3$s would be increased while the investigation continues.",
      "A vigil was held on %3$s for %1$s, who was shot in %2$s this week. Relatives described %1$s as a generous person "
          + "who loved the neighbourhood. Community leaders in %2$s called for calm and urged witnesses to come forward "
          + "with anything they know about what happened on %3$s that night."};

  private Events() {}

  /** Report {@code r} (0..2) of event {@code e}, published {@code day} days after 2016-03-01 (null: undated). */
  static Article report(int e, int r, Integer day) {
    String body = String.format(TEMPLATES[r % TEMPLATES.length], VICTIMS[e], CITIES[e], STREETS[e]);
    String title = switch (r % 3) {
      case 0 -> VICTIMS[e] + " shot on " + STREETS[e];
      case 1 -> CITIES[e] + " police investigate shooting";
      default -> "Vigil for " + VICTIMS[e];
    };
    return article(title, body, day == null ? null : LocalDate.of(2016, 3, 1).plusDays(day), "event" + e + "-" + r);
  }

  /** Every report of events {@code 0..events-1}, three each, a day apart, events 20 days apart. */
  static List<Article> corpus(int events) {
    List<Article> out = new ArrayList<>();
    for (int e = 0; e < events; e++) {
      for (int r = 0; r < 3; r++) {
        out.add(report(e, r, 20 * e + r));
      }
    }
    return out;
  }

  /** A record kept by its headline alone: the text is the title, laid out as the headline (as the cleaner lays it out). */
  static Article headlineOnly(String title, LocalDate date, String origin) {
    PublicationDate published = date == null ? null : PublicationDate.given(date, DateSource.METADATA);
    Span head = Span.of(0, title.length());
    return new Article(ArticleId.derive(null, title, published, title), new Origin(origin, 0), SourceFormat.JSONL, title,
        published, null, null, title, new Layout(head, null, null, List.of(head)), title, OffsetMap.identity(title.length()), List.of());
  }

  static Article article(String title, String body, LocalDate date, String origin) {
    String text = title + "\n\n" + body;
    PublicationDate published = date == null ? null : PublicationDate.given(date, DateSource.METADATA);
    Span head = Span.of(0, title.length());
    return new Article(ArticleId.derive(null, title, published, text), new Origin(origin, 0), SourceFormat.TEXT, title,
        published, null, null, text, new Layout(head, null, null, List.of(head, Span.of(title.length() + 2, text.length()))),
        text, OffsetMap.identity(text.length()), List.of());
  }
}
