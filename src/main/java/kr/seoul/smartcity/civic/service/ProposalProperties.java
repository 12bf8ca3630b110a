package kr.seoul.smartcity.civic.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Citizens' proposals.
 *
 * @param departmentThreshold supports after which the owning department answers
 * @param mayorThreshold      supports after which the mayor answers
 * @param proofBits           the work a citizen's browser does per support (leading zero bits of a SHA-256; each
 *                            bit doubles it: 18 takes a browser a fraction of a second)
 * @param challengeLifetime   how long a support challenge may be answered
 * @param supportsPerAddress  citizens' supports a day from one client address, over all proposals
 * @param supportsPerAddressAndProposal citizens' supports a day from one client address for one proposal (a
 *                            household or an office shares an address)
 */
@ConfigurationProperties("city.civic.proposals")
public record ProposalProperties(
        @DefaultValue("50") int departmentThreshold,
        @DefaultValue("1000") int mayorThreshold,
        @DefaultValue("18") int proofBits,
        @DefaultValue("10m") Duration challengeLifetime,
        @DefaultValue("30") int supportsPerAddress,
        @DefaultValue("5") int supportsPerAddressAndProposal) {}
