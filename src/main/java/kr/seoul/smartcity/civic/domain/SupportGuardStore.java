package kr.seoul.smartcity.civic.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * What guards citizens' supports, in PostgreSQL so that it holds on every instance and across restarts: the key
 * that signs challenges, the challenges already used, and the supports per client address and day.
 */
@Repository
public class SupportGuardStore {

    private final DatabaseClient database;
    private final DatabaseCalls await;

    SupportGuardStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    /** The signing key: made by the first instance that asks, then the same for all. */
    public byte[] secret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        database.sql("INSERT INTO proposal_support_secret (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
                .bind("secret", fresh)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return database.sql("SELECT secret FROM proposal_support_secret WHERE id = 1")
                .map(row -> row.get("secret", byte[].class))
                .one()
                .as(await::value);
    }

    /** Marks a challenge used; false if it was used before (a replay). */
    public boolean use(String challengeHash, Instant now) {
        Long inserted = database.sql("""
                        INSERT INTO proposal_support_challenge_used (challenge_hash, used_at) VALUES (:hash, :now)
                        ON CONFLICT (challenge_hash) DO NOTHING""")
                .bind("hash", challengeHash)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return inserted != null && inserted > 0;
    }

    /**
     * Spends one support of an address's budget: at most {@code perDay} supports a day from one address, and at
     * most {@code perProposal} of them for one proposal (a household shares an address).
     *
     * @return false if the budget is spent
     */
    public boolean spend(String addressHash, LocalDate day, long proposalId, int perDay, int perProposal) {
        return database.sql("""
                        WITH spent AS (
                            SELECT COALESCE(SUM(supports), 0) AS today,
                                   COALESCE(SUM(supports) FILTER (WHERE proposal_id = :proposal), 0) AS here
                            FROM proposal_support_budget WHERE address_hash = :address AND day = :day)
                        INSERT INTO proposal_support_budget AS b (address_hash, day, proposal_id, supports)
                        SELECT :address, :day, :proposal, 1 FROM spent WHERE today < :perDay AND here < :perProposal
                        ON CONFLICT (address_hash, day, proposal_id) DO UPDATE SET supports = b.supports + 1
                        RETURNING supports""")
                .bind("address", addressHash)
                .bind("day", day)
                .bind("proposal", proposalId)
                .bind("perDay", perDay)
                .bind("perProposal", perProposal)
                .map(row -> row.get("supports", Integer.class))
                .one()
                .as(await::optional)
                .isPresent();
    }

    /** Forgets used challenges and budgets older than {@code before}. */
    public void forgetBefore(Instant before, LocalDate beforeDay) {
        database.sql("DELETE FROM proposal_support_challenge_used WHERE used_at < :before")
                .bind("before", before)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        database.sql("DELETE FROM proposal_support_budget WHERE day < :day")
                .bind("day", beforeDay)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }
}
