package org.storyline.reconcile.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.storyline.model.EntityType;
import org.storyline.model.HexId;

/**
 * The id of a cross-article entity: {@code e} and 12 lowercase hex digits of a SHA-256 over its
 * type and folded canonical name, so the same entity keeps its id when the store is resolved
 * again (as long as its fullest name stays the same).
 */
public record EntityId(String value) implements Comparable<EntityId> {

  public EntityId {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.charAt(0) != 'e' || !HexId.is(value, 1, 12)) {
      throw new IllegalArgumentException("an entity id is 'e' and 12 lowercase hex digits, not '" + value + "'");
    }
  }

  /** The id of an entity of this type and name; {@code salt} tells apart entities of one name (may be empty). */
  public static EntityId derive(EntityType type, String canonicalName, String salt) {
    return hashOf(type.name() + '\0' + Names.fold(canonicalName) + '\0' + salt);
  }

  /**
   * The id of the store-wide entity that the story entities with this key make up ({@link
   * EntityKeys#linkKey}, or a key of one story). The key is hashed as it is: it is folded already,
   * and folding it again would join keys that only differ in a short word ("LOCATION:wa" and
   * "LOCATION:va" both fold to "locationva", "ORGANIZATION:spd" and "ORGANIZATION:sppd" to
   * "organizationspd").
   */
  public static EntityId ofKey(String key) {
    return hashOf("key\0" + Objects.requireNonNull(key, "key"));
  }

  private static EntityId hashOf(String s) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(s.getBytes(StandardCharsets.UTF_8));
      return new EntityId("e" + HexFormat.of().formatHex(sha.digest(), 0, 6));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public int compareTo(EntityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
