package org.storyline.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.reconcile.entity.ResolverTest.named;
import static org.storyline.reconcile.entity.ResolverTest.resolve;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.EntityType;

/**
 * What one story's resolution keeps apart and what it still joins: bodies that share generic
 * words, people who share a surname, streets taken for persons. Every name here is invented; the
 * articles of one call are one story.
 */
class StoryPrecisionTest {

  @Test
  void countyOffices_ofTwoCounties_stayApart() {
    List<Entity> es = resolve(
        "Deputies of the [O:Brindle County Sheriff's Office] and the [O:Oxley County Sheriff's Office] met. "
            + "The [O:Sheriff's Office] said more.",
        "The [O:Oxley County Sheriff’s Office] spoke.", "The [O:Brindle County Coroner's Office] named him.");
    Entity brindle = named(es, "Brindle County Sheriff's Office");
    assertThat(brindle.canonicalName()).isEqualTo("Brindle County Sheriff's Office");
    assertThat(brindle.names()).doesNotContain("Oxley County Sheriff's Office", "Brindle County Coroner's Office");
    assertThat(named(es, "Oxley County Sheriff’s Office").names()).contains("Oxley County Sheriff's Office");
    assertThat(named(es, "Brindle County Coroner's Office").mentionCount()).isEqualTo(1);
  }

  @Test
  void childrensHospitals_ofTwoCities_stayApart() {
    List<Entity> es = resolve("He was flown to [L:Pelham Children's Hospital].", "Then to [L:Dunmore Children’s Hospital].");
    assertThat(es).hasSize(2);
    assertThat(named(es, "Pelham Children's Hospital").names()).doesNotContain("Dunmore Children’s Hospital");
  }

  @Test
  void aPlaceWordBeforeAName_tellsTwoBodiesApart() {
    List<Entity> es = resolve("The [O:North Fenwick Police Department] and the [O:Fenwick Police Department] arrived.",
        "The [O:Fenwick Police Department] said.");
    assertThat(named(es, "Fenwick Police Department").names()).doesNotContain("North Fenwick Police Department");
    assertThat(named(es, "Fenwick Police Department").mentionCount()).isEqualTo(2);
  }

  @Test
  void aPlace_isNoShortFormOfItsInstitutions() {
    List<Entity> es = resolve("[O:HARLOW] - The [O:Harlow Police Department] said a man was shot in [L:Harlow].",
        "The [O:Harlow Gazette] reported it. [O:Harlow] officials said.", "[O:Greybridge County] and the [O:Greybridge County Jail].");
    assertThat(named(es, "Harlow Police Department").names()).containsOnly("Harlow Police Department");
    assertThat(named(es, "Harlow Gazette").names()).containsOnly("Harlow Gazette");
    assertThat(named(es, "Greybridge County Jail").names()).doesNotContain("Greybridge County");
  }

  @Test
  void aGenericShortForm_joinsTheOneBodyOfItsArticle() {
    List<Entity> es = resolve("The [O:Oakmere Police Department] arrived. The [O:Police Department] said.",
        "[O:Oakmere Police] said.", "The [O:Eastern Maritime Treaty Organization] met. [O:EMTO] said.", "[O:EMTO] agreed.");
    assertThat(named(es, "Oakmere Police Department").names()).contains("Police Department", "Oakmere Police");
    assertThat(named(es, "EMTO").canonicalName()).isEqualTo("Eastern Maritime Treaty Organization");
    assertThat(named(es, "EMTO").mentionCount()).isEqualTo(3);
  }

  @Test
  void aUnitOfABody_isNotTheBody() {
    List<Entity> es = resolve("The [O:Harbor City Police Department Valley Bureau] and the [O:Harbor City Police Department] met.",
        "[O:Harbor City Police Department] said.", "[O:Harbor City Police] said.");
    assertThat(named(es, "Harbor City Police Department").names())
        .contains("Harbor City Police").doesNotContain("Harbor City Police Department Valley Bureau");
  }

  @Test
  void thePlaceABodyIsOf_isNotTheBody() {
    List<Entity> es = resolve("Call [O:Crime Stoppers of Harlow] at once. [O:HARLOW] has a reward. [O:Crime Stoppers] said.",
        "The [O:Bank of Oxley] and the [O:Oxley County Sheriff's Office]. The [O:Sheriff's Office] said. [O:Oxley] agreed.",
        "He is held [O:In Brindle County Jail]. The [O:Brindle County Jail] said.");
    assertThat(named(es, "Crime Stoppers of Harlow").names()).containsOnly("Crime Stoppers of Harlow", "Crime Stoppers");
    assertThat(named(es, "HARLOW").mentionCount()).isEqualTo(1);
    assertThat(named(es, "Oxley").mentionCount()).isEqualTo(1);
    assertThat(named(es, "Oxley County Sheriff's Office").names()).contains("Sheriff's Office");
    assertThat(named(es, "Brindle County Jail").mentionCount()).as("a capitalised 'In' is a tagging slip, not 'of'").isEqualTo(2);
  }

  @Test
  void anAcronymBeforeMoreWords_namesAPartOfTheBody() {
    List<Entity> es = resolve("The [O:Oakmere Bureau of Investigation] ([O:OBI]) said the [O:OBI Crime Lab] had the gun.",
        "[O:OBI] agents came.", "The [O:OBI Crime Lab] tested it.", "[O:NMX Inc.] and [O:NMX] rose.");
    assertThat(named(es, "OBI").canonicalName()).isEqualTo("Oakmere Bureau of Investigation");
    assertThat(named(es, "OBI").names()).doesNotContain("OBI Crime Lab");
    assertThat(named(es, "OBI Crime Lab").mentionCount()).isEqualTo(2);
    assertThat(named(es, "NMX").names()).contains("NMX Inc.");
  }

  @Test
  void anAcronymOfTwoBodies_chainsNeither() {
    List<Entity> es = resolve("The [O:Dunmore Police Department] ([O:DPD]) said.", "The [O:Delford Police Department] ([O:DPD]) said.",
        "[O:DPD] declined to comment.");
    assertThat(named(es, "Dunmore Police Department").names()).doesNotContain("Delford Police Department");
    assertThat(es).hasSize(3);
  }

  @Test
  void differentFirstNames_ofOneSurname_stayApart_anInitialJoinsOnlyWhenUnique() {
    List<Entity> es = resolve("[P:Jake Ormsby] was shot.", "[P:Jason Ormsby] was arrested.", "[P:J. Ormsby] spoke.",
        "[P:Talia Renshaw] left.", "[P:T. Renshaw] said.");
    assertThat(named(es, "Jake Ormsby").names()).doesNotContain("Jason Ormsby", "J. Ormsby");
    assertThat(named(es, "Jason Ormsby").names()).doesNotContain("J. Ormsby");
    assertThat(named(es, "Talia Renshaw").names()).contains("T. Renshaw");
  }

  @Test
  void differentMiddleNames_stayApart() {
    List<Entity> es = resolve("[P:Aldo Benton Ferrante] and his son [P:Aldo Carlo Ferrante].", "[P:Aldo Ferrante] spoke.");
    assertThat(named(es, "Aldo Benton Ferrante").names()).doesNotContain("Aldo Carlo Ferrante");
  }

  @Test
  void streetsAndCounties_areNoPersons() {
    List<Entity> es = resolve("[P:Dale Corbin] was shot on [P:Corbin Avenue] in [P:Anselm County]. [P:Corbin] survived.",
        "[P:Prince Anselm County] deputies came.");
    Entity street = named(es, "Corbin Avenue");
    assertThat(street.type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(es, "Dale Corbin").names()).contains("Corbin").doesNotContain("Corbin Avenue");
    assertThat(named(es, "Anselm County").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aSurnameThatIsATitle_keepsItsFirstName() {
    List<Entity> es = resolve("[P:Dorian King] and [P:Marla Lynn King] testified.");
    assertThat(es).extracting(Entity::canonicalName).containsExactlyInAnyOrder("Dorian King", "Marla Lynn King");
  }

  @Test
  void aBareFirstName_staysItsOwnStoryLocalEntity() {
    List<Entity> es = resolve("[P:Talia Wrenfield], 9, was shot. [P:Wrenfield] survived. [P:Talia] is in fourth grade.",
        "[P:Talia] went home on Friday.", "Her brother [P:Wrenfield] spoke.", "[P:ORSON WREN]: [P:ORSON] sang.");
    assertThat(named(es, "Talia Wrenfield").names()).containsOnly("Talia Wrenfield", "Wrenfield");
    Entity talia = named(es, "Talia");
    assertThat(talia.canonicalName()).isEqualTo("Talia");
    assertThat(talia.mentionCount()).isEqualTo(2);
    assertThat(EntityKeys.linkKey(talia)).isEmpty();
    assertThat(named(es, "ORSON WREN").names()).containsOnly("ORSON WREN");
  }

  @Test
  void policeRanks_areTitles() {
    List<Entity> es = resolve("[P:Detective Marla Quint] said. [P:Det. Quint] added.", "[P:Lieutenant Quint] agreed.",
        "[P:Sheriff Dale Orrin] spoke.");
    assertThat(named(es, "Marla Quint").names()).contains("Detective Marla Quint", "Det. Quint", "Lieutenant Quint", "Quint");
    assertThat(named(es, "Sheriff Dale Orrin").canonicalName()).isEqualTo("Dale Orrin");
    assertThat(es).hasSize(2);
  }

  @Test
  void twoLetterAbbreviations_areNotFoldedTogether() {
    List<Entity> es = resolve("He moved from [L:WA] to [L:VA].", "Then [L:N.J.] and [L:N.Y.]");
    assertThat(es).hasSize(4);
  }

  @Test
  void titlesSurnamesVariantsAndPossessives_stillJoin() {
    List<Entity> es = resolve("[P:President Tomas Varga] spoke. [P:Varga's] aides left.", "[P:Tomas Varga] said. [P:Varga] left.",
        "[P:Dmytro Petrenko] met [P:Dmitry Petrenko].", "[O:Halvorsen Inc.] and [O:Halvorsen] rose.");
    assertThat(named(es, "Varga").names()).contains("Tomas Varga", "President Tomas Varga", "Varga's");
    assertThat(named(es, "Dmytro Petrenko").names()).contains("Dmitry Petrenko");
    assertThat(named(es, "Halvorsen").names()).contains("Halvorsen Inc.");
    assertThat(es).hasSize(3);
  }
}
