package org.storyline.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Span;

/** The resolver's rules on small hand-made articles; names in [brackets] are the mentions, typed by a prefix. */
class ResolverTest {

  private static final Pattern MARK = Pattern.compile("\\[(P|O|L|M):([^\\]]+)\\]");
  private final RuleEntityResolver resolver = new RuleEntityResolver();

  /** "[P:Vladimir Putin] said" is the text "Vladimir Putin said" with a PERSON mention. */
  static ArticleMentions article(String marked) {
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      text.append(m.group(2));
      EntityType type = switch (m.group(1)) {
        case "P" -> EntityType.PERSON;
        case "O" -> EntityType.ORGANIZATION;
        case "L" -> EntityType.LOCATION;
        default -> EntityType.MISC;
      };
      mentions.add(new Mention(Span.of(start, text.length()), type, m.group(2)));
      last = m.end();
    }
    text.append(marked.substring(last));
    return new ArticleMentions(ArticleId.derive(null, marked, null, text.toString()), text.toString(), mentions);
  }

  /** The entities of these marked articles, resolved together (as one story). */
  static List<Entity> resolve(String... articles) {
    List<ArticleMentions> in = new ArrayList<>();
    for (String a : articles) {
      in.add(article(a));
    }
    return new RuleEntityResolver().resolve(in, List.of());
  }

  static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.names().contains(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + entities));
  }

  @Test
  void withinArticle_surnameAfterTitledFullName_joins() {
    List<Entity> es = resolve("[P:Russian President Vladimir Putin] spoke. Later [P:Putin] said no.");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).canonicalName()).isEqualTo("Vladimir Putin");
    assertThat(es.get(0).aliases()).contains("Putin", "Russian President Vladimir Putin");
    assertThat(es.get(0).reasons()).extracting(MergeReason::kind).contains(MergeReason.Kind.SHORT_FORM);
  }

  @Test
  void withinArticle_acronymAfterLongName_joins() {
    List<Entity> es = resolve(
        "the [O:Organization for Security and Co-operation in Europe] ([O:OSCE]) met. The [O:OSCE] said.");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).mentionCount()).isEqualTo(3);
    assertThat(es.get(0).reasons()).extracting(MergeReason::kind).contains(MergeReason.Kind.ACRONYM);
  }

  @Test
  void withinArticle_descriptionOfARole_joinsThePerson() {
    List<Entity> es = resolve("Kremlin spokesman [P:Dmitry Peskov] said so. Asked again, the Kremlin spokesman declined.");
    Entity peskov = named(es, "Dmitry Peskov");
    assertThat(peskov.aliases()).contains("the Kremlin spokesman");
    assertThat(peskov.reasons()).extracting(MergeReason::kind).contains(MergeReason.Kind.DESCRIPTION);
  }

  @Test
  void withinArticle_bareSurname_goesToTheMostSalientFullName() {
    List<Entity> es = resolve("[P:Joe Biden] met [P:Hunter Biden]. [P:Joe Biden] spoke. [P:Biden] left.");
    assertThat(named(es, "Joe Biden").names()).contains("Biden").doesNotContain("Hunter Biden");
    assertThat(named(es, "Hunter Biden").mentionCount()).isEqualTo(1);
  }

  @Test
  void withinArticle_titledSurname_goesToAFullNameOfItsSex() {
    List<Entity> es = resolve("[P:Michael Jackson] died. [P:Michael Jackson] sang. His mother [P:Katherine Jackson] sued."
        + " [P:Mrs Jackson] said so. [P:Mr Jackson] had rehearsed. [P:Jackson] was 50.");
    assertThat(named(es, "Katherine Jackson").aliases()).contains("Mrs Jackson").doesNotContain("Mr Jackson");
    assertThat(named(es, "Michael Jackson").aliases()).contains("Mr Jackson", "Jackson").doesNotContain("Mrs Jackson");
  }

  @Test
  void withinArticle_titledSurname_withOnlyTheOtherSex_staysApart() {
    List<Entity> es = resolve("[P:Michael Jackson] died. [P:Mrs Jackson] said so.");
    assertThat(named(es, "Michael Jackson").aliases()).doesNotContain("Mrs Jackson");
    assertThat(es).hasSize(2);
  }

  @Test
  void withinArticle_titledSurname_ofAFirstNameOfEitherSex_joins() {
    List<Entity> es = resolve("[P:Jordan Smith] spoke. [P:Ms Smith] said so.");
    assertThat(es).hasSize(1);
  }

  @Test
  void acrossArticles_titledSurname_neverJoinsAFullNameOfTheOtherSex() {
    List<Entity> es = resolve("[P:Michael Jackson] died.", "[P:Mrs Jackson] said so.", "[P:Mr Jackson] had rehearsed.");
    assertThat(named(es, "Michael Jackson").aliases()).contains("Mr Jackson").doesNotContain("Mrs Jackson");
    assertThat(es).hasSize(2);
  }

  @Test
  void acrossArticles_transliterationVariants_join() {
    List<Entity> es = resolve(
        "[P:Volodymyr Zelensky] spoke.", "[P:Volodymyr Zelenskyy] spoke.", "[P:Volodymr Zelenskiy] spoke.",
        "[P:Zelenskyy] spoke.", "[P:Sergey Lavrov] and [P:Lavrov].", "[P:Sergei Lavrov] too.");
    assertThat(es).hasSize(2);
    Entity z = named(es, "Zelenskyy");
    assertThat(z.names()).contains("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymr Zelenskiy");
    assertThat(z.reasons()).extracting(MergeReason::kind)
        .contains(MergeReason.Kind.SPELLING_VARIANT, MergeReason.Kind.UNIQUE_SHORT_FORM);
  }

  @Test
  void acrossArticles_differentPeopleOfOneSurname_neverFuse() {
    List<Entity> es = resolve(
        "[P:Boris Johnson] spoke.", "[P:Dustin Johnson] played.", "[P:Johnson] said.",
        "[P:Joe Biden] spoke.", "[P:Hunter Biden] spoke.", "[P:Ann Johnston] wrote.");
    assertThat(named(es, "Boris Johnson").names()).doesNotContain("Dustin Johnson", "Johnson", "Ann Johnston");
    assertThat(named(es, "Joe Biden").names()).doesNotContain("Hunter Biden");
    assertThat(es).hasSize(6);
  }

  @Test
  void acrossArticles_bareSurnameOfOneFullName_joins() {
    List<Entity> es = resolve("[P:John Kirby] briefed.", "[P:Kirby] said.");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).canonicalName()).isEqualTo("John Kirby");
  }

  @Test
  void acrossArticles_acronymAndCompanySuffix_join() {
    List<Entity> es = resolve("[O:North Atlantic Treaty Organization] met.", "[O:NATO] said.",
        "[O:Apple Inc.] sold.", "[O:Apple] rose.", "the [O:State Department] said", "the [O:U.S. Department of State] said");
    assertThat(es).hasSize(3);
    assertThat(named(es, "NATO").canonicalName()).isEqualTo("North Atlantic Treaty Organization");
  }

  @Test
  void capitalAsActor_standsForTheCountry_asPlaceStaysItself() {
    List<Entity> es = resolve("[L:Russia] massed troops and [L:Moscow] denied it. Talks in [L:Moscow] failed.");
    assertThat(named(es, "Russia").mentionCount()).isEqualTo(2);
    assertThat(es).hasSize(2);
  }

  @Test
  void decisions_mergeAndSplit_overrideTheRules() {
    List<ArticleMentions> in = List.of(article("[P:Joe Biden] and [P:Biden]."), article("[O:Pentagon] and [O:DoD]."));
    List<Entity> es = resolver.resolve(in, List.of(EntityDecision.merge("Department of Defense", "DoD"),
        EntityDecision.split("Joe Biden", "Biden")));
    assertThat(named(es, "DoD").names()).contains("Pentagon");
    assertThat(named(es, "DoD").reasons()).extracting(MergeReason::kind).contains(MergeReason.Kind.USER_MERGE);
    assertThat(named(es, "Joe Biden").names()).doesNotContain("Biden");
    assertThat(es).hasSize(3);
  }

  @Test
  void resolve_isIndependentOfArticleOrder() {
    List<ArticleMentions> in = List.of(article("[P:John Kirby] briefed."), article("[P:Kirby] said."),
        article("[O:NATO] said."), article("[O:North Atlantic Treaty Organization] met."));
    List<ArticleMentions> reversed = new ArrayList<>(in);
    java.util.Collections.reverse(reversed);
    assertThat(resolver.resolve(reversed, List.of())).isEqualTo(resolver.resolve(in, List.of()));
  }

  @Test
  void resolve_calledAgain_answersAsAFreshResolver_evenWhenTheStorysPlacesChange() {
    ArticleMentions police = article("[O:Ford Motor Company] cut jobs. [O:Ford] said sales fell.");
    ArticleMentions place = article("A shooting in [L:Ford] left two hurt.");
    ArticleMentions other = article("[P:John Smith] was charged. [P:Smith], 40, said nothing.");
    List<List<ArticleMentions>> calls = List.of(List.of(police), List.of(police, place), List.of(police, other),
        List.of(police, place, other), List.of(police));
    RuleEntityResolver reused = new RuleEntityResolver();
    for (List<ArticleMentions> call : calls) {
      assertThat(reused.resolve(call, List.of())).as("%s", call).isEqualTo(new RuleEntityResolver().resolve(call, List.of()));
    }
    // the place in the other article does change the first one's entities: an earlier call must not hide that
    assertThat(resolver.resolve(List.of(police), List.of())).hasSize(1);
    assertThat(new RuleEntityResolver().resolve(List.of(police, place), List.of()).stream().filter(e -> e.mentions().stream()
        .anyMatch(m -> m.article().equals(police.id()))).toList()).hasSize(2);
  }
}
