package kr.seoul.smartcity.call.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.call.domain.Call;
import kr.seoul.smartcity.call.domain.CallContext;
import kr.seoul.smartcity.call.domain.CallKind;
import kr.seoul.smartcity.call.domain.CallMode;
import kr.seoul.smartcity.call.domain.CallPolicy;
import kr.seoul.smartcity.call.domain.CallStatus;
import kr.seoul.smartcity.call.domain.CallStore;
import kr.seoul.smartcity.call.domain.CallToken;
import kr.seoul.smartcity.call.domain.CallTokenException;
import kr.seoul.smartcity.call.domain.Participant;
import kr.seoul.smartcity.call.domain.ParticipantState;
import kr.seoul.smartcity.directory.domain.StaffMember;
import kr.seoul.smartcity.directory.domain.UserAccount;
import kr.seoul.smartcity.directory.service.DirectoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Calls between officials and conference rooms: who may call whom, ringing, answering, joining with a single-use
 * token, leaving, and the call log. The state lives in PostgreSQL; changes go out as live events, so every
 * application instance rings and updates its screens. Media go through the configured {@link MediaServer}.
 */
@Service
public class CallService {

    private static final Logger log = LoggerFactory.getLogger(CallService.class);
    private static final Set<ParticipantState> NOT_IN = EnumSet.of(
            ParticipantState.INVITED, ParticipantState.LEFT, ParticipantState.DECLINED, ParticipantState.MISSED);

    private final CallStore store;
    private final MediaServer media;
    private final DirectoryService directory;
    private final LiveEventBus events;
    private final CallProperties properties;

    CallService(
            CallStore store,
            MediaServer media,
            DirectoryService directory,
            LiveEventBus events,
            CallProperties properties) {
        this.store = store;
        this.media = media;
        this.directory = directory;
        this.events = events;
        this.properties = properties;
    }

    public CallMode mode() {
        return media.mode();
    }

    /** Calls one official. */
    public Call callPerson(String caller, String callee, CallKind kind, CallContext context) {
        allowed(caller);
        UserAccount account = directory
                .findAccount(callee)
                .orElseThrow(() -> refused(CallRefusedException.Reason.NOT_ALLOWED, "No account " + callee));
        if (!CallPolicy.mayCall(caller, allowed(caller).role(), true, callee, account.role(), account.enabled())) {
            throw refused(CallRefusedException.Reason.NOT_ALLOWED, caller + " may not call " + callee);
        }
        return start(caller, List.of(callee), kind, null, context);
    }

    /** Calls a department: it rings for everyone on duty there; the first to answer takes the call. */
    public Call callDepartment(String caller, String departmentCode, CallKind kind, CallContext context) {
        allowed(caller);
        List<String> callees = onDuty(List.of(departmentCode), caller);
        if (callees.isEmpty()) {
            throw refused(CallRefusedException.Reason.NOBODY_ON_DUTY, "Nobody is on duty in " + departmentCode);
        }
        return start(caller, callees, kind, null, context);
    }

    /**
     * Opens a named conference room and rings everyone on duty in the departments invited. Other officials may join
     * it while it is open.
     */
    public Call openRoom(
            String caller, String name, Collection<String> departmentCodes, CallKind kind, CallContext context) {
        allowed(caller);
        if (name == null || name.isBlank()) {
            throw refused(CallRefusedException.Reason.NO_NAME, "A room needs a name");
        }
        String roomName = name.strip().length() > 120 ? name.strip().substring(0, 120) : name.strip();
        return start(caller, onDuty(departmentCodes, caller), kind, roomName, context);
    }

    private Call start(String caller, List<String> callees, CallKind kind, String roomName, CallContext context) {
        Instant now = Instant.now();
        long id = store.insert(kind, media.mode(), caller, roomName, context, now);
        store.addParticipant(id, caller, ParticipantState.JOINED, false);
        callees.forEach(callee -> store.addParticipant(id, callee, ParticipantState.INVITED, true));
        try {
            store.setMediaSession(id, media.openSession(id));
        } catch (MediaServerException e) {
            store.end(id, CallStatus.CANCELLED, now);
            store.leaveAll(id, now);
            throw e;
        }
        log.info("Call {} ({}, {}) from {} to {}", id, kind, media.mode(), caller, callees);
        if (!callees.isEmpty()) {
            events.publish(CallRinging.TOPIC, new CallRinging(id, callees));
        }
        events.publish(CallUpdated.TOPIC, new CallUpdated(id));
        return store.find(id).orElseThrow();
    }

    /**
     * Answers a ringing call, or joins an open room. For a call (not a room) the others still ringing stop: a
     * colleague took it.
     *
     * @throws CallRefusedException if the call is over, or this person was not called to it and it is not a room
     */
    public Call accept(long callId, String username) {
        allowed(username);
        Call call = live(callId);
        Participant me = participant(call, username);
        if (me == null && !call.room()) {
            throw refused(CallRefusedException.Reason.NOT_INVITED, username + " was not called to call " + callId);
        }
        Instant now = Instant.now();
        if (me == null) {
            store.addParticipant(callId, username, ParticipantState.JOINED, false);
        } else {
            store.moveParticipant(callId, username, NOT_IN, ParticipantState.JOINED, now);
        }
        if (!call.room()) {
            store.participants(callId).stream()
                    .filter(p -> p.state() == ParticipantState.INVITED)
                    .forEach(p -> store.moveParticipant(
                            callId, p.username(), EnumSet.of(ParticipantState.INVITED), ParticipantState.LEFT, now));
        }
        store.answer(callId, now);
        events.publish(CallUpdated.TOPIC, new CallUpdated(callId));
        return store.find(callId).orElseThrow();
    }

    /** Declines a ringing call. A call that everyone called declined is over. */
    public void decline(long callId, String username) {
        Instant now = Instant.now();
        if (!store.moveParticipant(
                callId, username, EnumSet.of(ParticipantState.INVITED), ParticipantState.DECLINED, now)) {
            return;
        }
        Call call = store.find(callId).orElseThrow();
        boolean stillRinging = store.participants(callId).stream().anyMatch(p -> p.state() == ParticipantState.INVITED);
        if (!call.room() && call.status() == CallStatus.RINGING && !stillRinging) {
            finish(call, CallStatus.DECLINED, now);
        }
        events.publish(CallUpdated.TOPIC, new CallUpdated(callId));
    }

    /**
     * A token for this person to connect to the call's media. Opening a call one was called to answers it; opening
     * an open room joins it.
     *
     * @throws CallRefusedException if the call is over or this person was not called to it
     */
    public JoinTicket ticket(long callId, String username) {
        UserAccount account = allowed(username);
        Call call = live(callId);
        Participant me = participant(call, username);
        if (me == null && !call.room()) {
            throw refused(CallRefusedException.Reason.NOT_INVITED, username + " was not called to call " + callId);
        }
        if (me == null || me.state() != ParticipantState.JOINED) {
            call = accept(callId, username);
        }
        Instant now = Instant.now();
        String token = media.connectionToken(call.mediaSession(), username, account.displayName());
        store.insertToken(new CallToken(token, callId, username, now, now.plus(properties.tokenTtl()), null));
        return new JoinTicket(call, token);
    }

    /**
     * Uses a token: only the person it was issued to, only for its call, only once, only before it runs out.
     *
     * @throws CallTokenException otherwise
     */
    public void redeem(long callId, String username, String token) {
        Instant now = Instant.now();
        CallToken stored =
                store.findToken(token).orElseThrow(() -> new CallTokenException(CallTokenException.Reason.UNKNOWN));
        stored.redeem(callId, username, now);
        if (!store.useToken(token, now)) {
            throw new CallTokenException(CallTokenException.Reason.USED);
        }
        store.moveParticipant(callId, username, EnumSet.allOf(ParticipantState.class), ParticipantState.JOINED, now);
        events.publish(CallUpdated.TOPIC, new CallUpdated(callId));
    }

    /**
     * Leaves a call. The caller hanging up before an answer cancels it (those called see it as missed); a call
     * that falls below two people, or a room that empties, ends.
     */
    public void leave(long callId, String username) {
        Optional<Call> found = store.find(callId);
        if (found.isEmpty() || !found.get().status().live()) {
            return;
        }
        Call call = found.get();
        Instant now = Instant.now();
        store.moveParticipant(callId, username, EnumSet.of(ParticipantState.JOINED), ParticipantState.LEFT, now);
        long inCall = store.participants(callId).stream()
                .filter(p -> p.state() == ParticipantState.JOINED)
                .count();
        if (call.status() == CallStatus.RINGING && !call.room() && call.caller().equals(username)) {
            finish(call, CallStatus.CANCELLED, now);
        } else if (call.status() == CallStatus.ACTIVE && !call.room() && inCall < 2 || inCall == 0) {
            finish(call, call.answeredAt() == null ? CallStatus.CANCELLED : CallStatus.ENDED, now);
        }
        events.publish(CallUpdated.TOPIC, new CallUpdated(callId));
    }

    /**
     * Calls that rang longer than the ring timeout without an answer are missed; so are room invitations nobody
     * answered (the room goes on, and those invited may still join it from the list of open rooms). Run every few
     * seconds.
     */
    public void expireRinging() {
        Instant now = Instant.now();
        for (long roomId : store.roomsInvitingSince(now.minus(properties.ringTimeout()))) {
            store.missInvited(roomId, now);
            events.publish(CallUpdated.TOPIC, new CallUpdated(roomId));
        }
        for (long id : store.ringingSince(now.minus(properties.ringTimeout()))) {
            store.find(id).ifPresent(call -> {
                if (finish(call, CallStatus.MISSED, now)) {
                    events.publish(CallUpdated.TOPIC, new CallUpdated(id));
                }
            });
        }
    }

    private boolean finish(Call call, CallStatus outcome, Instant now) {
        if (!store.end(call.id(), outcome, now)) {
            return false;
        }
        store.leaveAll(call.id(), now);
        if (call.mediaSession() != null) {
            try {
                media.closeSession(call.mediaSession());
            } catch (MediaServerException e) {
                log.warn("Call {} ended, but its media session could not be closed: {}", call.id(), e.getMessage());
            }
        }
        log.info("Call {} {}", call.id(), outcome);
        return true;
    }

    /**
     * Passes a signalling message from one browser in a built-in call to another (or to all).
     *
     * @throws CallRefusedException if the sender is not in the call
     * @throws IllegalArgumentException if the message is too large
     */
    public void signal(long callId, String username, String fromPeer, String toPeer, String type, String data) {
        if (data.length() > CallSignal.MAX_DATA) {
            throw new IllegalArgumentException("Signal too large: " + data.length() + " characters");
        }
        boolean in = store.participants(callId).stream()
                .anyMatch(p -> p.username().equals(username) && p.state() == ParticipantState.JOINED);
        if (!in) {
            throw refused(CallRefusedException.Reason.NOT_INVITED, username + " is not in call " + callId);
        }
        events.publish(CallSignal.TOPIC, new CallSignal(callId, fromPeer, toPeer, type, data));
    }

    public Optional<Call> find(long callId) {
        return store.find(callId);
    }

    public List<Participant> participants(long callId) {
        return store.participants(callId);
    }

    /** Calls ringing for this person now. */
    public List<Call> ringingFor(String username) {
        return store.ringingFor(username);
    }

    public List<Call> missedBy(String username) {
        return store.missedBy(username, 50);
    }

    /** Missed calls this person has not looked at yet (the number on the telephone in the top bar). */
    public int unseenMissed(String username) {
        return store.unseenMissed(username);
    }

    /** This person has looked at their missed calls: the number on the telephone goes back to none. */
    public void markMissedSeen(String username) {
        store.markMissedSeen(username);
    }

    /** The call log: this person's calls, or everyone's for the mayor and administrators. */
    public List<Call> log(String username, boolean everyone) {
        return store.log(everyone ? null : username, 100);
    }

    public List<Call> openRooms() {
        return store.openRooms();
    }

    private List<String> onDuty(Collection<String> departmentCodes, String caller) {
        Set<String> people = new LinkedHashSet<>();
        for (String code : departmentCodes) {
            directory.staffOf(code).stream()
                    .filter(StaffMember::onDuty)
                    .filter(member -> CallPolicy.mayCall(member.role(), true))
                    .map(StaffMember::username)
                    .filter(username -> !username.equals(caller))
                    .forEach(people::add);
        }
        return new ArrayList<>(people);
    }

    private UserAccount allowed(String username) {
        UserAccount account = directory
                .findAccount(username)
                .orElseThrow(() -> refused(CallRefusedException.Reason.NOT_ALLOWED, "No account " + username));
        if (!CallPolicy.mayCall(account.role(), account.enabled())) {
            throw refused(CallRefusedException.Reason.NOT_ALLOWED, username + " may not take part in calls");
        }
        return account;
    }

    private Call live(long callId) {
        Call call =
                store.find(callId).orElseThrow(() -> refused(CallRefusedException.Reason.OVER, "No call " + callId));
        if (!call.status().live()) {
            throw refused(CallRefusedException.Reason.OVER, "Call " + callId + " is over");
        }
        return call;
    }

    private Participant participant(Call call, String username) {
        return store.participants(call.id()).stream()
                .filter(p -> p.username().equals(username))
                .findFirst()
                .orElse(null);
    }

    private static CallRefusedException refused(CallRefusedException.Reason reason, String message) {
        return new CallRefusedException(reason, message);
    }
}
