package kr.seoul.smartcity.civic.service;

import java.time.Instant;

import kr.seoul.smartcity.civic.domain.ProofOfWork;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.SupporterKey;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A citizen's support needs more than a fresh cookie: a server-signed challenge for that proposal, used once, with
 * the work done, and within the budget of the client address; a script making fresh cookies in a loop gets nowhere.
 */
@CityIntegrationTest
class SupportProofIT {

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalProperties properties;

    private Proposal propose(String title) {
        return proposals.submit(
                new NewProposal(title, "공원 산책로에 야간 조명을 늘려 주세요. 밤길이 어둡습니다.", "CLIMATE", ""),
                SupporterKey.of("author:" + title));
    }

    private static CitizenSupport solved(SupportChallenge challenge, String browser, String address) {
        return new CitizenSupport(
                SupporterKey.of("browser:" + browser),
                address,
                challenge.token(),
                ProofOfWork.solve(challenge.token(), challenge.bits()));
    }

    private int supports(long id) {
        return proposals.proposal(Viewer.CITIZEN, id).orElseThrow().supports();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String problem) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidProposalException.class,
                        e -> assertThat(e.problems()).containsExactly(problem));
    }

    @Test
    void aSolvedChallengeCountsOnceAndOnlyForItsProposal() {
        Proposal park = propose("산책로 조명 " + System.nanoTime());
        Proposal other = propose("다른 제안 " + System.nanoTime());
        SupportChallenge challenge = proposals.challenge(park.id());
        assertThat(challenge.bits()).isEqualTo(properties.proofBits());
        CitizenSupport support = solved(challenge, "browser-a", "203.0.113.20");

        assertRefused(() -> proposals.supportAsCitizen(other.id(), support), "civic.proposal.problem.proof");
        assertThat(proposals.supportAsCitizen(park.id(), support).counted()).isTrue();
        // the same answer again, even from another browser: a replay
        assertRefused(
                () -> proposals.supportAsCitizen(
                        park.id(),
                        new CitizenSupport(
                                SupporterKey.of("browser:b"), "203.0.113.21", support.challenge(), support.nonce())),
                "civic.proposal.problem.proof");
        assertThat(supports(park.id())).isEqualTo(1);
    }

    @Test
    void forgedUnsolvedAndOldChallengesAreRefusedAndNothingIsCounted() {
        Proposal park = propose("산책로 조명 " + System.nanoTime());
        SupportChallenge challenge = proposals.challenge(park.id());
        String token = challenge.token();

        // no work done: a nonce that does not meet the bits (checked, so that the test cannot pass by luck)
        String lazy = "0";
        for (int n = 0; ProofOfWork.satisfies(token, lazy, challenge.bits()); n++) {
            lazy = Integer.toString(n + 1, 36);
        }
        String unsolved = lazy;
        assertRefused(
                () -> proposals.supportAsCitizen(
                        park.id(), new CitizenSupport(SupporterKey.of("browser:c"), "203.0.113.30", token, unsolved)),
                "civic.proposal.problem.proof");

        // a token made up by the client, with fewer bits and its own signature
        String[] parts = token.split("\\.");
        String easier = String.join(".", parts[0], parts[1], parts[2], parts[3], "1", parts[5]);
        assertRefused(
                () -> proposals.supportAsCitizen(
                        park.id(),
                        new CitizenSupport(
                                SupporterKey.of("browser:d"), "203.0.113.31", easier, ProofOfWork.solve(easier, 1))),
                "civic.proposal.problem.proof");
        String garbage = "v1." + park.id() + ".0.x.1.not-a-signature";
        assertRefused(
                () -> proposals.supportAsCitizen(
                        park.id(), new CitizenSupport(SupporterKey.of("browser:e"), "203.0.113.32", garbage, "0")),
                "civic.proposal.problem.proof");

        // a challenge issued long ago (its time is signed, so it cannot be brought forward)
        String old = String.join(
                ".",
                parts[0],
                parts[1],
                Long.toString(Instant.now()
                        .minus(properties.challengeLifetime())
                        .minusSeconds(60)
                        .getEpochSecond()),
                parts[3],
                parts[4],
                parts[5]);
        assertRefused(
                () -> proposals.supportAsCitizen(
                        park.id(),
                        new CitizenSupport(
                                SupporterKey.of("browser:f"),
                                "203.0.113.33",
                                old,
                                ProofOfWork.solve(old, challenge.bits()))),
                "civic.proposal.problem.proof");

        assertThat(supports(park.id())).isZero();
    }

    @Test
    void freshCookiesFromOneAddressRunIntoItsBudget() {
        Proposal park = propose("산책로 조명 " + System.nanoTime());
        String address = "198.18.0." + (System.nanoTime() % 200);
        int counted = 0;
        for (int browser = 0; browser < properties.supportsPerAddressAndProposal() + 3; browser++) {
            SupportChallenge challenge = proposals.challenge(park.id());
            CitizenSupport support = solved(challenge, "fresh-cookie-" + browser + "-" + System.nanoTime(), address);
            if (browser < properties.supportsPerAddressAndProposal()) {
                assertThat(proposals.supportAsCitizen(park.id(), support).counted())
                        .isTrue();
                counted++;
            } else {
                assertRefused(() -> proposals.supportAsCitizen(park.id(), support), "civic.proposal.problem.budget");
            }
        }
        assertThat(supports(park.id())).isEqualTo(counted);
        // a neighbour on another address still counts
        assertThat(CitizenSupports.support(proposals, park.id(), "neighbour", address + ".2")
                        .counted())
                .isTrue();
    }

    @Test
    void samplesTakeSupportsWithoutProofButRealProposalsDoNot() {
        Proposal real = propose("실제 제안 " + System.nanoTime());
        assertRefused(
                () -> proposals.supportSample(real.id(), SupporterKey.of("sample")), "civic.proposal.problem.unknown");
        assertThat(supports(real.id())).isZero();
    }
}
