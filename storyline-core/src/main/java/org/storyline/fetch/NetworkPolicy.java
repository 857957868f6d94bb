package org.storyline.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which addresses the fetcher may connect to. Only {@code http} and {@code https} are ever
 * fetched. {@link #publicOnly()}, the default, also refuses every host that resolves (any of its
 * addresses) to a non-public address, so a feed cannot point the fetcher at the machine it runs
 * on or its network:
 *
 * <ul>
 *   <li>unspecified {@code 0.0.0.0/8}, {@code ::}; loopback {@code 127.0.0.0/8}, {@code ::1};
 *   <li>private {@code 10.0.0.0/8}, {@code 172.16.0.0/12}, {@code 192.168.0.0/16}, shared
 *       {@code 100.64.0.0/10}; unique-local {@code fc00::/7}; site-local {@code fec0::/10};
 *   <li>link-local {@code 169.254.0.0/16} (cloud metadata services), {@code fe80::/10};
 *   <li>multicast {@code 224.0.0.0/4}, {@code ff00::/8}; reserved {@code 240.0.0.0/4} and broadcast;
 *   <li>IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64 {@code 64:ff9b::/96},
 *       6to4 {@code 2002::/16}) are judged by that address.
 * </ul>
 *
 * The check runs before every request, redirects included. Known limit: the HTTP client resolves
 * the host again to connect, so a host whose DNS answer changes between the two (DNS rebinding)
 * is not caught; run the fetcher where the network itself blocks what must not be reached when
 * that matters.
 *
 * <p>Example: {@code NetworkPolicy.publicOnly().allowing(InetAddress.getByName("10.0.0.8"))} lets
 * one internal mirror through.
 */
public final class NetworkPolicy {

  /** Resolves a host name to its addresses; a seam for tests. */
  @FunctionalInterface
  public interface Resolver {
    Resolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final Set<InetAddress> allowed;
  private final Resolver resolver;

  private NetworkPolicy(boolean allowPrivate, Set<InetAddress> allowed, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.allowed = Set.copyOf(allowed);
    this.resolver = resolver;
  }

  /** http(s) to public addresses only. */
  public static NetworkPolicy publicOnly() {
    return new NetworkPolicy(false, Set.of(), Resolver.SYSTEM);
  }

  /** http(s) to any address, private ones included ({@code --allow-private}). */
  public static NetworkPolicy allowPrivate() {
    return new NetworkPolicy(true, Set.of(), Resolver.SYSTEM);
  }

  /** This policy, also letting through {@code address}. */
  public NetworkPolicy allowing(InetAddress address) {
    Set<InetAddress> more = new LinkedHashSet<>(allowed);
    more.add(Objects.requireNonNull(address, "address"));
    return new NetworkPolicy(allowPrivate, more, resolver);
  }

  /** This policy, resolving host names with {@code resolver}. */
  public NetworkPolicy withResolver(Resolver resolver) {
    return new NetworkPolicy(allowPrivate, allowed, Objects.requireNonNull(resolver, "resolver"));
  }

  public boolean allowsPrivate() {
    return allowPrivate;
  }

  /**
   * Checks that {@code uri} may be fetched: http or https, with a host, that host resolving only
   * to allowed addresses.
   *
   * @throws FetchException of kind {@link FetchException.Kind#REFUSED} naming what was refused,
   *     or {@link FetchException.Kind#NETWORK} when the host does not resolve
   */
  public void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(uri, FetchException.Kind.REFUSED,
          scheme.isEmpty() ? "not an absolute http(s) address" : "refused: only http and https are fetched, not " + scheme + ":");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(uri, FetchException.Kind.REFUSED, "refused: no host in the address");
    }
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      throw new FetchException(uri, FetchException.Kind.NETWORK, "unknown host " + host);
    }
    for (InetAddress address : addresses) {
      String why = allowed.contains(address) ? null : nonPublic(address);
      if (why != null) {
        throw new FetchException(uri, FetchException.Kind.REFUSED, "refused: " + host + " is "
            + (host.equals(address.getHostAddress()) ? "" : "at " + address.getHostAddress() + ", ")
            + why + " (use --allow-private to fetch from it)");
      }
    }
  }

  /** Why {@code address} is not public ({@code "a loopback address"}), or {@code null} when it is. */
  public static String nonPublic(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] b = v6.getAddress();
      Inet4Address embedded = embeddedIpv4(b);
      if (embedded != null) {
        String why = nonPublic(embedded);
        return why == null ? null : why + " inside an IPv6 address";
      }
      if ((b[0] & 0xFE) == 0xFC) {
        return "a unique-local address";
      }
    }
    if (address.isAnyLocalAddress()) {
      return "an unspecified address";
    }
    if (address.isLoopbackAddress()) {
      return "a loopback address";
    }
    if (address.isLinkLocalAddress()) {
      return "a link-local address";
    }
    if (address.isSiteLocalAddress()) {
      return "a private address";
    }
    if (address.isMulticastAddress()) {
      return "a multicast address";
    }
    if (address instanceof Inet4Address) {
      byte[] b = address.getAddress();
      int first = b[0] & 0xFF;
      if (first == 0) {
        return "an unspecified address";
      }
      if (first == 100 && (b[1] & 0xC0) == 64) {
        return "a private address (shared, 100.64.0.0/10)";
      }
      if (first >= 240) {
        return "a reserved address";
      }
    }
    return null;
  }

  /** The IPv4 address an IPv6 address carries: compatible {@code ::a.b.c.d}, NAT64, 6to4; else null. */
  private static Inet4Address embeddedIpv4(byte[] b) {
    try {
      boolean zeroPrefix = true;
      for (int i = 0; i < 12; i++) {
        zeroPrefix &= b[i] == 0;
      }
      if (zeroPrefix && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1))) {
        return (Inet4Address) InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
      }
      boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
      for (int i = 4; i < 12 && nat64; i++) {
        nat64 = b[i] == 0;
      }
      if (nat64) {
        return (Inet4Address) InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
        return (Inet4Address) InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
      }
      return null;
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // four bytes are always an address
    }
  }
}
