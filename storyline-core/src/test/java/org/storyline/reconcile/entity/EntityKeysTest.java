package org.storyline.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.storyline.model.EntityType;

/** The key that links the entities of different stories. */
class EntityKeysTest {

  static Entity entity(EntityType type, String name) {
    return new Entity(EntityId.derive(type, name, ""), name, type, new TreeSet<>(), List.of(), List.of());
  }

  private static Optional<String> key(EntityType type, String name) {
    return EntityKeys.linkKey(entity(type, name));
  }

  @Test
  void linkKey_isTypeAndFoldedName() {
    assertThat(key(EntityType.PERSON, "Joe Biden")).contains("PERSON:joe biden");
    assertThat(key(EntityType.PERSON, "Volodymyr Zelensky")).isEqualTo(key(EntityType.PERSON, "Volodymyr Zelenskyy"));
    assertThat(key(EntityType.PERSON, "José Ortíz")).isEqualTo(key(EntityType.PERSON, "JOSE ORTIZ"));
    assertThat(key(EntityType.ORGANIZATION, "Apple Inc.")).isEqualTo(key(EntityType.ORGANIZATION, "Apple"));
    assertThat(key(EntityType.ORGANIZATION, "Department of State")).isEqualTo(key(EntityType.ORGANIZATION, "State Department"))
        .isPresent();
    assertThat(key(EntityType.ORGANIZATION, "NATO")).contains("ORGANIZATION:nato");
  }

  @Test
  void linkKey_tellsTypesAndAbbreviationsApart() {
    assertThat(key(EntityType.PERSON, "Jordan Lee")).isNotEqualTo(key(EntityType.ORGANIZATION, "Jordan Lee"));
    assertThat(key(EntityType.LOCATION, "WA")).isNotEqualTo(key(EntityType.LOCATION, "VA"));
    assertThat(key(EntityType.LOCATION, "N.J.")).isNotEqualTo(key(EntityType.LOCATION, "N.Y."));
  }

  @Test
  void storeIds_ofKeysThatDifferInAShortWord_differ() {
    EntityType loc = EntityType.LOCATION;
    EntityType org = EntityType.ORGANIZATION;
    List<Object[]> pairs = List.of(new Object[] {loc, "WA", "VA"}, new Object[] {loc, "N.J.", "N.Y."},
        new Object[] {loc, "E.", "NE"}, new Object[] {org, "SPD", "SPPD"}, new Object[] {org, "CPD", "NCPD"},
        new Object[] {org, "WCJB", "WCYB"});
    for (Object[] p : pairs) {
      String a = key((EntityType) p[0], (String) p[1]).orElseThrow();
      String b = key((EntityType) p[0], (String) p[2]).orElseThrow();
      assertThat(EntityId.ofKey(a)).as(a + " / " + b).isNotEqualTo(EntityId.ofKey(b));
    }
    assertThat(EntityId.ofKey(key(org, "Apple Inc.").orElseThrow())).isEqualTo(EntityId.ofKey(key(org, "Apple").orElseThrow()));
  }

  @Test
  void bareSurnamesAndGenericBodies_stayStoryLocal() {
    assertThat(key(EntityType.PERSON, "Johnson")).isEmpty();
    assertThat(key(EntityType.ORGANIZATION, "Sheriff's Office")).isEmpty();
    assertThat(key(EntityType.ORGANIZATION, "Police Department")).isEmpty();
    assertThat(key(EntityType.LOCATION, "Children's Hospital")).isEmpty();
    assertThat(key(EntityType.ORGANIZATION, "Oxley County Sheriff's Office")).isPresent();
  }

  @Property
  void linkKey_ignoresCaseAndDiacritics(@ForAll("names") String name) {
    String shouted = name.toUpperCase(java.util.Locale.ROOT);
    String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    for (EntityType t : EntityType.values()) {
      assertThat(key(t, shouted)).isEqualTo(key(t, name)).isEqualTo(key(t, plain));
    }
  }

  @Property
  void aOneWordPerson_neverLinks(@ForAll("words") String surname) {
    assertThat(key(EntityType.PERSON, surname)).isEmpty();
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéöñç").ofMinLength(4).ofMaxLength(10)
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
  }

  @Provide
  Arbitrary<String> names() {
    return words().list().ofMinSize(2).ofMaxSize(4).map(w -> String.join(" ", w));
  }
}
