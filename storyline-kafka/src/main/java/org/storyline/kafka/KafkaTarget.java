package org.storyline.kafka;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kafka topic as a user names it: {@code kafka://HOST:PORT/TOPIC}, or several brokers to start
 * from, {@code kafka://HOST:PORT,HOST:PORT/TOPIC}.
 *
 * @param bootstrapServers the brokers, {@code HOST:PORT} separated by commas, as Kafka's clients take them
 * @param topic the topic's name
 */
public record KafkaTarget(String bootstrapServers, String topic) implements java.io.Serializable {

  private static final String SCHEME = "kafka://";
  private static final Pattern SERVER = Pattern.compile("[A-Za-z0-9.\\-]+:[0-9]{1,5}|\\[[0-9A-Fa-f:]+\\]:[0-9]{1,5}");
  private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._\\-]{1,249}");

  public KafkaTarget {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(topic, "topic");
    for (String server : bootstrapServers.split(",", -1)) {
      if (!SERVER.matcher(server).matches()) {
        throw new IllegalArgumentException("a Kafka broker is HOST:PORT, not '" + server + "'");
      }
    }
    if (!TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
      throw new IllegalArgumentException(
          "a Kafka topic is 1 to 249 letters, digits, '.', '_' or '-', not '" + topic + "'");
    }
  }

  /**
   * The target {@code address} names.
   *
   * @throws IllegalArgumentException naming the address and what is wrong with it
   */
  public static KafkaTarget parse(String address) {
    Objects.requireNonNull(address, "address");
    if (!address.startsWith(SCHEME)) {
      throw new IllegalArgumentException("'" + address + "' is not a Kafka topic: expected kafka://HOST:PORT/TOPIC");
    }
    String rest = address.substring(SCHEME.length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("'" + address + "' names no topic: expected kafka://HOST:PORT/TOPIC");
    }
    try {
      return new KafkaTarget(rest.substring(0, slash), rest.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + address + "': " + e.getMessage(), e);
    }
  }

  /** {@code kafka://HOST:PORT/TOPIC}, as parsed. */
  @Override
  public String toString() {
    return SCHEME + bootstrapServers + "/" + topic;
  }
}
