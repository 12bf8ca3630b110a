package kr.seoul.smartcity.call.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** Calls, their participants and tokens (tables call_session, call_participant, call_token). */
@Repository
public class CallStore {

    private static final List<String> LIVE = List.of(CallStatus.RINGING.name(), CallStatus.ACTIVE.name());

    private final DatabaseClient database;
    private final DatabaseCalls await;

    CallStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    public long insert(
            CallKind kind, CallMode mode, String caller, @Nullable String roomName, CallContext context, Instant at) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO call_session (kind, mode, status, caller, room_name, context_type, context_ref,
                                                  context_label, created_at)
                        VALUES (:kind, :mode, 'RINGING', :caller, :room, :type, :ref, :label, :at) RETURNING id""")
                .bind("kind", kind.name())
                .bind("mode", mode.name())
                .bind("caller", caller)
                .bind("type", context.type().name())
                .bind("ref", context.reference())
                .bind("label", context.label())
                .bind("at", at);
        spec = roomName == null ? spec.bindNull("room", String.class) : spec.bind("room", roomName);
        return spec.map(row -> row.get("id", Long.class)).one().as(await::value);
    }

    public void setMediaSession(long callId, String mediaSession) {
        database.sql("UPDATE call_session SET media_session = :session WHERE id = :id")
                .bind("session", mediaSession)
                .bind("id", callId)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public Optional<Call> find(long callId) {
        return database.sql("SELECT * FROM call_session WHERE id = :id")
                .bind("id", callId)
                .map(CallStore::call)
                .one()
                .as(await::optional);
    }

    /** Marks a live call as answered (active); the first answer counts. Returns false if it was over already. */
    public boolean answer(long callId, Instant at) {
        return updated(database.sql("""
                        UPDATE call_session SET status = 'ACTIVE', answered_at = COALESCE(answered_at, :at)
                        WHERE id = :id AND status IN ('RINGING', 'ACTIVE')""").bind("at", at).bind("id", callId));
    }

    /** Ends a live call with the given outcome. Returns false if it was over already (another instance ended it). */
    public boolean end(long callId, CallStatus outcome, Instant at) {
        return updated(
                database.sql("""
                        UPDATE call_session SET status = :status, ended_at = :at
                        WHERE id = :id AND status IN ('RINGING', 'ACTIVE')""").bind("status", outcome.name()).bind("at", at).bind("id", callId));
    }

    /** Adds someone to a call; leaves them as they are if they are in it already. */
    public void addParticipant(long callId, String username, ParticipantState state, boolean invited) {
        database.sql("""
                        INSERT INTO call_participant (call_id, username, state, invited)
                        VALUES (:id, :username, :state, :invited) ON CONFLICT (call_id, username) DO NOTHING""")
                .bind("id", callId)
                .bind("username", username)
                .bind("state", state.name())
                .bind("invited", invited)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Moves a participant from one of the given states to another; returns false if they were in none of them. */
    public boolean moveParticipant(
            long callId, String username, Collection<ParticipantState> from, ParticipantState to, Instant at) {
        String stamp = switch (to) {
            case JOINED -> ", joined_at = :at, left_at = NULL";
            case LEFT -> ", left_at = :at";
            default -> ", left_at = COALESCE(left_at, :at)";
        };
        return updated(database.sql("UPDATE call_participant SET state = :to" + stamp
                        + " WHERE call_id = :id AND username = :username AND state IN (:from)")
                .bind("to", to.name())
                .bind("at", at)
                .bind("id", callId)
                .bind("username", username)
                .bind("from", from.stream().map(Enum::name).toList()));
    }

    /** Everyone still invited to a call is marked missed (nobody answered them). */
    public void missInvited(long callId, Instant at) {
        database.sql("""
                        UPDATE call_participant SET state = 'MISSED', left_at = :at
                        WHERE call_id = :id AND state = 'INVITED'""")
                .bind("at", at)
                .bind("id", callId)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Everyone still in a call is marked as having left it. */
    public void leaveAll(long callId, Instant at) {
        database.sql("""
                        UPDATE call_participant SET state = CASE WHEN state = 'JOINED' THEN 'LEFT' ELSE 'MISSED' END,
                            left_at = :at
                        WHERE call_id = :id AND state IN ('JOINED', 'INVITED')""")
                .bind("at", at)
                .bind("id", callId)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public List<Participant> participants(long callId) {
        return database.sql(
                        "SELECT * FROM call_participant WHERE call_id = :id ORDER BY joined_at NULLS LAST, username")
                .bind("id", callId)
                .map(CallStore::participant)
                .all()
                .as(await::list);
    }

    /** Calls ringing since before the instant. */
    public List<Long> ringingSince(Instant before) {
        return database.sql(
                        "SELECT id FROM call_session WHERE status = 'RINGING' AND room_name IS NULL AND created_at < :at")
                .bind("at", before)
                .map(row -> row.get("id", Long.class))
                .all()
                .as(await::list);
    }

    /** Live rooms opened before the instant that still ring for someone invited (nobody answered them). */
    public List<Long> roomsInvitingSince(Instant before) {
        return database.sql("""
                        SELECT DISTINCT s.id FROM call_session s JOIN call_participant p ON p.call_id = s.id
                        WHERE s.room_name IS NOT NULL AND s.status IN (:live) AND p.state = 'INVITED'
                          AND s.created_at < :at""")
                .bind("live", LIVE)
                .bind("at", before)
                .map(row -> row.get("id", Long.class))
                .all()
                .as(await::list);
    }

    /** Calls ringing for this person now (they are invited and have not answered). */
    public List<Call> ringingFor(String username) {
        return database.sql("""
                        SELECT s.* FROM call_session s JOIN call_participant p ON p.call_id = s.id
                        WHERE p.username = :username AND p.state = 'INVITED' AND s.status IN (:live)
                        ORDER BY s.created_at""")
                .bind("username", username)
                .bind("live", LIVE)
                .map(CallStore::call)
                .all()
                .as(await::list);
    }

    /** Calls to this person that they missed, newest first. */
    public List<Call> missedBy(String username, int limit) {
        return database.sql("""
                        SELECT s.* FROM call_session s JOIN call_participant p ON p.call_id = s.id
                        WHERE p.username = :username AND p.state = 'MISSED' AND p.invited AND s.caller <> :username
                        ORDER BY s.created_at DESC LIMIT :limit""")
                .bind("username", username)
                .bind("limit", limit)
                .map(CallStore::call)
                .all()
                .as(await::list);
    }

    /** How many missed calls this person has not looked at yet. */
    public int unseenMissed(String username) {
        Long count = database.sql("""
                        SELECT count(*) AS n FROM call_session s JOIN call_participant p ON p.call_id = s.id
                        WHERE p.username = :username AND p.state = 'MISSED' AND p.invited AND NOT p.missed_seen
                          AND s.caller <> :username""")
                .bind("username", username)
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
        return count == null ? 0 : count.intValue();
    }

    /** This person has looked at their missed calls. */
    public void markMissedSeen(String username) {
        database.sql("UPDATE call_participant SET missed_seen = TRUE WHERE username = :username AND state = 'MISSED'"
                        + " AND NOT missed_seen")
                .bind("username", username)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Calls this person took part in or was called to (everyone's when {@code username} is null), newest first. */
    public List<Call> log(@Nullable String username, int limit) {
        if (username == null) {
            return database.sql("SELECT * FROM call_session ORDER BY created_at DESC LIMIT :limit")
                    .bind("limit", limit)
                    .map(CallStore::call)
                    .all()
                    .as(await::list);
        }
        return database.sql("""
                        SELECT s.* FROM call_session s
                        WHERE s.caller = :username OR EXISTS (SELECT 1 FROM call_participant p
                                                              WHERE p.call_id = s.id AND p.username = :username)
                        ORDER BY s.created_at DESC LIMIT :limit""")
                .bind("username", username)
                .bind("limit", limit)
                .map(CallStore::call)
                .all()
                .as(await::list);
    }

    /** Conference rooms that are open now. */
    public List<Call> openRooms() {
        return database.sql(
                        "SELECT * FROM call_session WHERE room_name IS NOT NULL AND status IN (:live) ORDER BY created_at DESC")
                .bind("live", LIVE)
                .map(CallStore::call)
                .all()
                .as(await::list);
    }

    public void insertToken(CallToken token) {
        database.sql("""
                        INSERT INTO call_token (token, call_id, username, issued_at, expires_at)
                        VALUES (:token, :id, :username, :issued, :expires)""")
                .bind("token", token.value())
                .bind("id", token.callId())
                .bind("username", token.username())
                .bind("issued", token.issuedAt())
                .bind("expires", token.expiresAt())
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public Optional<CallToken> findToken(String value) {
        return database.sql("SELECT * FROM call_token WHERE token = :token")
                .bind("token", value)
                .map(row -> new CallToken(
                        row.get("token", String.class),
                        row.get("call_id", Long.class),
                        row.get("username", String.class),
                        row.get("issued_at", Instant.class),
                        row.get("expires_at", Instant.class),
                        row.get("used_at", Instant.class)))
                .one()
                .as(await::optional);
    }

    /** Marks a token used, only if nobody used it before (so two tabs cannot both use it). */
    public boolean useToken(String value, Instant at) {
        return updated(database.sql("UPDATE call_token SET used_at = :at WHERE token = :token AND used_at IS NULL")
                .bind("at", at)
                .bind("token", value));
    }

    private boolean updated(DatabaseClient.GenericExecuteSpec spec) {
        Long rows = spec.fetch().rowsUpdated().as(await::value);
        return rows != null && rows > 0;
    }

    private static Call call(Readable row) {
        return new Call(
                row.get("id", Long.class),
                CallKind.valueOf(row.get("kind", String.class)),
                CallMode.valueOf(row.get("mode", String.class)),
                CallStatus.valueOf(row.get("status", String.class)),
                row.get("caller", String.class),
                row.get("room_name", String.class),
                new CallContext(
                        ContextType.valueOf(row.get("context_type", String.class)),
                        row.get("context_ref", String.class),
                        row.get("context_label", String.class)),
                row.get("media_session", String.class),
                row.get("created_at", Instant.class),
                row.get("answered_at", Instant.class),
                row.get("ended_at", Instant.class));
    }

    private static Participant participant(Readable row) {
        return new Participant(
                row.get("call_id", Long.class),
                row.get("username", String.class),
                ParticipantState.valueOf(row.get("state", String.class)),
                Boolean.TRUE.equals(row.get("invited", Boolean.class)),
                row.get("joined_at", Instant.class),
                row.get("left_at", Instant.class));
    }
}
