package org.storyline.app.command;

import java.time.Duration;
import org.storyline.fetch.FetchOptions;
import org.storyline.fetch.NetworkPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How feeds and pages are fetched ({@code --delay}, {@code --allow-private}): shared by {@code watch} and {@code serve --watch}. */
final class PoliteFetchOptions {

  @Option(names = "--allow-private", description = "Also fetch from private, loopback and link-local addresses.")
  boolean allowPrivate;

  @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "1",
      description = "Least seconds between two requests to one host (default: ${DEFAULT-VALUE}).")
  double delaySeconds;

  /**
   * The fetcher's options.
   *
   * @throws ParameterException when {@code --delay} is out of range
   */
  FetchOptions fetchOptions(CommandSpec spec) {
    if (!(delaySeconds >= 0 && delaySeconds <= 3600)) {
      throw new ParameterException(spec.commandLine(), "--delay must be between 0 and 3600 seconds, not " + delaySeconds);
    }
    return FetchOptions.defaults()
        .withPolitenessDelay(Duration.ofMillis(Math.round(delaySeconds * 1000)))
        .withNetworkPolicy(allowPrivate ? NetworkPolicy.allowPrivate() : NetworkPolicy.publicOnly());
  }
}
