package org.storyline.kafka;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestKafka} broker for a test class: started before its first test, closed after its last.
 *
 * <pre>{@code
 * @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();
 * ... KAFKA.broker().target("news") ...
 * }</pre>
 */
public final class KafkaExtension implements BeforeAllCallback, AfterAllCallback {

  private TestKafka broker;

  /** The running broker. */
  public TestKafka broker() {
    if (broker == null) {
      throw new IllegalStateException("the broker starts before the class's first test");
    }
    return broker;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    broker = TestKafka.start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }
}
