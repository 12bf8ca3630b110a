package kr.seoul.smartcity.civic.service;

import kr.seoul.smartcity.civic.domain.ProofOfWork;
import kr.seoul.smartcity.civic.domain.SupporterKey;

/**
 * Citizens' supports as a browser gives them, for tests: a challenge from the service, the proof of work solved
 * here, each citizen from an address of their own (the documentation range 203.0.113.0/24 and beyond).
 */
public final class CitizenSupports {

    private CitizenSupports() {}

    public static SupportResult support(ProposalService proposals, long proposalId, String citizen, String address) {
        SupportChallenge challenge = proposals.challenge(proposalId);
        return proposals.supportAsCitizen(
                proposalId,
                new CitizenSupport(
                        SupporterKey.of("browser:" + citizen),
                        address,
                        challenge.token(),
                        ProofOfWork.solve(challenge.token(), challenge.bits())));
    }

    /** The {@code n}-th of many citizens, each from their own address. */
    public static SupportResult support(ProposalService proposals, long proposalId, int n) {
        return support(
                proposals,
                proposalId,
                "citizen-" + proposalId + "-" + n,
                "203.0." + (n / 250) + "." + (1 + n % 250) + "/" + proposalId);
    }
}
