package org.storyline.reconcile.claim;

import java.util.List;

/**
 * Groups claims from many articles by what they are about, so that the values different sources
 * give for the same thing can be compared.
 *
 * <p>Contract: every claim whose counted thing is named is in exactly one group; claims whose
 * thing is not named ("$250 million", "two were shot") are left out. A group never mixes
 * modalities (a count and a plan are different questions) nor units, nor figures of things to which
 * different things happened (people killed and people arrested). Groups come largest first,
 * ties in the order of their first claim. Implementations are stateless and thread-safe.
 */
public interface ClaimGrouper {

  List<ClaimGroup> group(List<SourcedClaim> claims);
}
