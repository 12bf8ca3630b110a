package kr.seoul.smartcity.civic.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import kr.seoul.smartcity.civic.domain.ProofOfWork;
import kr.seoul.smartcity.civic.domain.SupportGuardStore;
import org.springframework.stereotype.Component;

/**
 * Challenges for citizens' supports: signed by the server (HMAC-SHA256 with a key kept in PostgreSQL, the same on
 * every instance), bound to one proposal, valid for a few minutes, usable once, and answered with a proof of work.
 * Getting one costs a round trip to the server; answering it costs the browser some CPU.
 */
@Component
class SupportChallenges {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SupportGuardStore store;
    private final ProposalProperties properties;
    private final Clock clock;
    private volatile byte[] secret;

    SupportChallenges(SupportGuardStore store, ProposalProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    SupportChallenge issue(long proposalId) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String payload = "v1." + proposalId + "." + clock.instant().getEpochSecond() + "."
                + BASE64.encodeToString(random) + "." + properties.proofBits();
        return new SupportChallenge(payload + "." + sign(payload), properties.proofBits());
    }

    /**
     * Checks a challenge and its nonce, and uses the challenge up.
     *
     * @throws InvalidProposalException ({@code civic.proposal.problem.proof}) if it is forged, for another proposal,
     *                                  too old, already used, or the work was not done
     */
    void redeem(long proposalId, String token, String nonce) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 6 || !"v1".equals(parts[0])) {
            throw refused();
        }
        String payload = String.join(".", parts[0], parts[1], parts[2], parts[3], parts[4]);
        if (!MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII), parts[5].getBytes(StandardCharsets.US_ASCII))) {
            throw refused();
        }
        try {
            long forProposal = Long.parseLong(parts[1]);
            Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            int bits = Integer.parseInt(parts[4]);
            Instant now = clock.instant();
            if (forProposal != proposalId
                    || issued.isAfter(now.plusSeconds(5))
                    || issued.plus(properties.challengeLifetime()).isBefore(now)
                    || bits < properties.proofBits()
                    || !ProofOfWork.satisfies(token, nonce, bits)) {
                throw refused();
            }
            if (!store.use(sha256(token), now)) {
                throw refused();
            }
        } catch (NumberFormatException e) {
            throw refused();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = store.secret();
            secret = known;
        }
        return known;
    }

    /** The keyed hash of a client address: budgets are counted per address without storing it. */
    String addressKey(String clientAddress) {
        return sha256(sign("address:" + clientAddress));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidProposalException refused() {
        return new InvalidProposalException(List.of("civic.proposal.problem.proof"));
    }
}
