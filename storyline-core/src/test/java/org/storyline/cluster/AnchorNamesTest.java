package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;

/** Names of people as anchors: what the profiler takes as one, and how it lets a late follow-up find its story. */
class AnchorNamesTest {

  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

  private static final String INCIDENT = "Dion Hartsfield, 19, was shot on Quarry Street in Pueblo late on Friday, police said. "
      + "Officers found Hartsfield wounded near a parked car and paramedics took him to Parkview Medical Center. "
      + "Detectives asked anyone who saw the shooting on Quarry Street to call the Pueblo Police Department. Neighbours "
      + "said they heard an argument outside the house shortly before the shots, and a relative said Hartsfield had just "
      + "come home from work.";
  private static final String INCIDENT_2 = "Police in Pueblo are investigating the shooting of Dion Hartsfield, 19, on Quarry "
      + "Street. Neighbours heard several shots before midnight. Hartsfield remained at Parkview Medical Center on Saturday, "
      + "and detectives said they were looking for Leon Marsh, 31, seen running from the scene. A cousin said Hartsfield had argued "
      + "with an acquaintance over money in the days before the shooting, and asked for witnesses to speak up.";
  private static final String TRIAL = "A jury on Tuesday convicted Leon Marsh, 31, of attempted murder in the shooting of "
      + "Dion Hartsfield outside a home in Pueblo last spring. Prosecutors said Marsh fired at Hartsfield after an argument "
      + "over a debt. Marsh faces up to 48 years in prison when he is sentenced in December, the district attorney said.";
  private static final String OTHER_TRIAL = "A jury on Tuesday convicted Wade Pellham, 27, of attempted murder in the shooting of "
      + "Rosa Quintanar outside a home in Pueblo last spring. Prosecutors said Pellham fired at Quintanar after an argument "
      + "over a debt. Pellham faces up to 48 years in prison when he is sentenced in December, the district attorney said.";

  private static NamePhrases phrases(Profiler profiler, String title, String body, int day) {
    return profiler.profile(Events.article(title, body, DAY.plusDays(day), title)).phrases();
  }

  private static List<String> names(NamePhrases p) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      for (String candidate : List.of("dion hartsfield", "leon marsh", "quarry street", "parkview medical center",
          "pueblo police department", "wade pellham", "rosa quintanar")) {
        if (PhraseCounts.id(PhraseCounts.hash(candidate.split(" "))) == p.id(i)) {
          out.add(candidate);
        }
      }
    }
    return out;
  }

  @Test
  void profile_keepsNamesFollowedByAnAge_andLaterMentionsOfThem() {
    Profiler profiler = new Profiler(new Vocabulary(1000), ClusterConfig.defaults());
    for (Article a : Events.corpus(4)) {
      profiler.profile(a); // teaches which words are mostly capitalised
    }
    NamePhrases first = phrases(profiler, "Man shot in Pueblo", INCIDENT, 0);
    assertThat(names(first)).as("places and a department have no age").containsExactly("dion hartsfield");
    assertThat(first.df(0)).isEqualTo(1);

    NamePhrases later = phrases(profiler, "Jury convicts Pueblo man", TRIAL, 200);
    List<String> named = names(later);
    assertThat(named).as("Hartsfield has no age here, but had one before").containsExactlyInAnyOrder("dion hartsfield", "leon marsh");
    assertThat(later.df(named.indexOf("dion hartsfield"))).as("articles naming him so far").isEqualTo(2);
  }

  @Test
  void profile_firstNameAndSurname_namesAPersonWithoutAnAge_butAPlaceOpeningWithAFirstNameDoesNot() {
    Profiler profiler = new Profiler(new Vocabulary(1000), ClusterConfig.defaults());
    for (Article a : Events.corpus(4)) {
      profiler.profile(a);
    }
    NamePhrases p = phrases(profiler, "Talks on Ukraine", "The call followed talks between Secretary of State Antony Blinken "
        + "and his Russian counterpart. Residents of Morgan Park and Kennedy High School students were not affected.", 0);
    List<Long> named = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      named.add((long) p.id(i));
    }
    assertThat(named).as("'State Antony Blinken' gives the person 'Antony Blinken'")
        .contains((long) PhraseCounts.id(PhraseCounts.hash("antony", "blinken")))
        .doesNotContain((long) PhraseCounts.id(PhraseCounts.hash("state", "antony", "blinken")))
        .as("places and schools that open with a first name are not people")
        .doesNotContain((long) PhraseCounts.id(PhraseCounts.hash("morgan", "park")))
        .doesNotContain((long) PhraseCounts.id(PhraseCounts.hash("kennedy", "high", "school")));
  }

  @Test
  void profile_middleNameGivenWithTheAge_laterReportWithoutItStillNamesThePerson() {
    Profiler profiler = new Profiler(new Vocabulary(1000), ClusterConfig.defaults());
    for (Article a : Events.corpus(4)) {
      profiler.profile(a);
    }
    phrases(profiler, "Four killed in Holly Hill", "The coroner named the victims. Tamara Alexia Perry, 14, died at the "
        + "home on Ridge Road with three others, deputies said on Thursday.", 0);
    NamePhrases later = phrases(profiler, "Sheriff vows to find killer", "Deputies are still searching for the man who "
        + "killed Tamara Perry and three others at the home on Ridge Road, the sheriff said.", 2);
    long tamaraPerry = PhraseCounts.hash("tamara", "perry");
    boolean found = false;
    for (int i = 0; i < later.size(); i++) {
      found |= later.id(i) == PhraseCounts.id(tamaraPerry);
    }
    assertThat(found).as("'Tamara Perry' is the 'Tamara Alexia Perry, 14' of the first report").isTrue();
  }

  private static Map<ArticleId, StoryId> cluster(Map<String, String> settings, List<Article> articles) {
    OnlineClusterer c = new OnlineClusterer(ClusterConfig.defaults().with(settings));
    articles.forEach(c::add);
    return c.finish().assignments();
  }

  private static List<Article> stream(String lateBody) {
    List<Article> articles = new ArrayList<>(Events.corpus(6));
    articles.add(Events.article("Man shot on Quarry Street in Pueblo", INCIDENT, DAY.plusDays(130), "incident-1"));
    articles.add(Events.article("Pueblo police look for gunman", INCIDENT_2, DAY.plusDays(131), "incident-2"));
    articles.add(Events.article("Jury convicts man in Pueblo shooting", lateBody, DAY.plusDays(330), "late"));
    return articles;
  }

  @Test
  void add_followUpMonthsLaterNamingVictimAndSuspect_joinsTheIncidentOnlyThroughTheAnchors() {
    List<Article> articles = stream(TRIAL);
    ArticleId incident = articles.get(articles.size() - 3).id();
    ArticleId trial = articles.get(articles.size() - 1).id();

    assertThat(cluster(Map.of(), articles)).satisfies(s -> assertThat(s.get(trial)).isEqualTo(s.get(incident)));
    assertThat(cluster(Map.of("anchor.names", "0"), articles))
        .as("without anchors the time gate keeps a report 200 days later apart")
        .satisfies(s -> assertThat(s.get(trial)).isNotEqualTo(s.get(incident)));
  }

  @Test
  void add_followUpMonthsLaterOfAnotherShootingInTheSameTown_staysApart() {
    List<Article> articles = stream(OTHER_TRIAL);
    ArticleId incident = articles.get(articles.size() - 3).id();
    ArticleId other = articles.get(articles.size() - 1).id();

    assertThat(cluster(Map.of(), articles).get(other)).isNotEqualTo(cluster(Map.of(), articles).get(incident));
  }
}
