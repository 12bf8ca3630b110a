package kr.seoul.smartcity.call.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.call.domain.Call;
import kr.seoul.smartcity.call.domain.CallContext;
import kr.seoul.smartcity.call.domain.CallKind;
import kr.seoul.smartcity.call.domain.CallMode;
import kr.seoul.smartcity.call.domain.CallStatus;
import kr.seoul.smartcity.call.domain.CallStore;
import kr.seoul.smartcity.call.domain.CallTokenException;
import kr.seoul.smartcity.call.domain.ContextType;
import kr.seoul.smartcity.call.domain.Participant;
import kr.seoul.smartcity.call.domain.ParticipantState;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.service.DirectoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Calls against the real PostgreSQL with the demo officials, in the built-in mode (no OpenVidu configured). */
@CityIntegrationTest
class CallServiceIT {

    private static final CallContext FIRE = CallContext.of(ContextType.INCIDENT, 1, "[모의] 구로구 물류창고 화재");

    @Autowired
    CallService calls;

    @Autowired
    CallStore store;

    @Autowired
    DirectoryService directory;

    @Autowired
    LiveEventBus events;

    @Test
    void theMayorCallsAnOfficialWhoAnswersAndTheLogKeepsWhoWhenHowLongAndWhy() {
        List<CallRinging> rings = new CopyOnWriteArrayList<>();
        try (var subscription = events.subscribe(CallRinging.TOPIC, rings::add)) {
            Call call = calls.callPerson("mayor", "traffic", CallKind.VIDEO, FIRE);

            assertThat(call.mode()).isEqualTo(CallMode.BUILT_IN);
            assertThat(call.status()).isEqualTo(CallStatus.RINGING);
            await().until(() -> rings.contains(new CallRinging(call.id(), List.of("traffic"))));
            assertThat(calls.ringingFor("traffic")).extracting(Call::id).contains(call.id());
            assertThat(calls.ringingFor("mayor")).extracting(Call::id).doesNotContain(call.id());

            assertThatThrownBy(() -> calls.accept(call.id(), "climate"))
                    .as("someone not called cannot take it")
                    .isInstanceOfSatisfying(
                            CallRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(CallRefusedException.Reason.NOT_INVITED));
            assertThat(calls.participants(call.id()))
                    .extracting(Participant::username)
                    .doesNotContain("climate");
            calls.accept(call.id(), "traffic");
            JoinTicket mayor = calls.ticket(call.id(), "mayor");
            JoinTicket traffic = calls.ticket(call.id(), "traffic");
            calls.redeem(call.id(), "mayor", mayor.token());
            calls.redeem(call.id(), "traffic", traffic.token());

            assertThat(calls.find(call.id()).orElseThrow().status()).isEqualTo(CallStatus.ACTIVE);
            assertThat(calls.ringingFor("traffic")).extracting(Call::id).doesNotContain(call.id());
            assertThat(calls.participants(call.id()))
                    .extracting(Participant::state)
                    .containsOnly(ParticipantState.JOINED);

            calls.leave(call.id(), "traffic");

            Call ended = calls.find(call.id()).orElseThrow();
            assertThat(ended.status()).isEqualTo(CallStatus.ENDED);
            assertThat(ended.answeredAt()).isNotNull();
            assertThat(ended.endedAt()).isAfterOrEqualTo(ended.answeredAt());
            assertThat(ended.context()).isEqualTo(FIRE);
            assertThat(calls.log("traffic", false)).extracting(Call::id).contains(call.id());
            assertThat(calls.log("climate", false)).extracting(Call::id).doesNotContain(call.id());
            assertThat(calls.log("climate", true)).extracting(Call::id).contains(call.id());
        }
    }

    @Test
    void aTokenIsSingleUseAndBoundToItsOfficial() {
        Call call = calls.callPerson("mayor", "climate", CallKind.VOICE, CallContext.directory());
        JoinTicket ticket = calls.ticket(call.id(), "mayor");

        assertThatThrownBy(() -> calls.redeem(call.id(), "climate", ticket.token()))
                .isInstanceOfSatisfying(
                        CallTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(CallTokenException.Reason.NOT_YOURS));
        calls.redeem(call.id(), "mayor", ticket.token());
        assertThatThrownBy(() -> calls.redeem(call.id(), "mayor", ticket.token()))
                .isInstanceOfSatisfying(
                        CallTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(CallTokenException.Reason.USED));
        assertThatThrownBy(() -> calls.redeem(call.id(), "mayor", "builtin:made-up"))
                .isInstanceOfSatisfying(
                        CallTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(CallTokenException.Reason.UNKNOWN));
        calls.leave(call.id(), "mayor");
    }

    @Test
    void onlyThoseCalledMayJoinACallAndCitizensCannotCall() {
        Call call = calls.callPerson("traffic", "climate", CallKind.VIDEO, CallContext.directory());

        assertThatThrownBy(() -> calls.ticket(call.id(), "director"))
                .isInstanceOfSatisfying(
                        CallRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CallRefusedException.Reason.NOT_INVITED));
        assertThatThrownBy(() -> calls.callPerson("citizen", "mayor", CallKind.VIDEO, CallContext.directory()))
                .isInstanceOfSatisfying(
                        CallRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CallRefusedException.Reason.NOT_ALLOWED));
        assertThatThrownBy(() -> calls.callPerson("mayor", "mayor", CallKind.VIDEO, CallContext.directory()))
                .isInstanceOf(CallRefusedException.class);
        assertThatThrownBy(() -> calls.signal(call.id(), "director", "p1", "*", "hello", "j:{}"))
                .isInstanceOf(CallRefusedException.class);
        calls.leave(call.id(), "traffic");
        assertThat(calls.find(call.id()).orElseThrow().status()).isEqualTo(CallStatus.CANCELLED);
    }

    @Test
    void aCallNobodyAnswersIsListedAsMissed() {
        CallService quickToGiveUp = new CallService(
                store,
                new BuiltInMediaServer(),
                directory,
                events,
                new CallProperties(new CallProperties.OpenVidu(null, null), Duration.ZERO, Duration.ofMinutes(2)));
        Call call = quickToGiveUp.callPerson("mayor", "deputy", CallKind.VIDEO, FIRE);

        quickToGiveUp.expireRinging();

        assertThat(calls.find(call.id()).orElseThrow().status()).isEqualTo(CallStatus.MISSED);
        assertThat(calls.missedBy("deputy")).extracting(Call::id).contains(call.id());
        assertThat(calls.unseenMissed("deputy")).isPositive();
        calls.markMissedSeen("deputy");
        assertThat(calls.unseenMissed("deputy")).isZero();
        assertThat(calls.missedBy("deputy")).extracting(Call::id).contains(call.id());
        assertThat(calls.ringingFor("deputy")).extracting(Call::id).doesNotContain(call.id());
        assertThatThrownBy(() -> calls.ticket(call.id(), "deputy"))
                .isInstanceOfSatisfying(
                        CallRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CallRefusedException.Reason.OVER));
    }

    @Test
    void aRoomInvitationNobodyAnswersStopsRingingButTheRoomStaysOpenToJoin() {
        CallService quickToGiveUp = new CallService(
                store,
                new BuiltInMediaServer(),
                directory,
                events,
                new CallProperties(new CallProperties.OpenVidu(null, null), Duration.ZERO, Duration.ofMinutes(2)));
        Call room = quickToGiveUp.openRoom("mayor", "한강 수위 점검", List.of("TRAFFIC"), CallKind.VOICE, FIRE);
        quickToGiveUp.accept(room.id(), "traffic");
        assertThat(calls.ringingFor("director")).extracting(Call::id).contains(room.id());

        quickToGiveUp.expireRinging();

        assertThat(calls.ringingFor("director")).extracting(Call::id).doesNotContain(room.id());
        assertThat(calls.missedBy("director")).extracting(Call::id).contains(room.id());
        assertThat(calls.find(room.id()).orElseThrow().status()).isEqualTo(CallStatus.ACTIVE);
        quickToGiveUp.accept(room.id(), "director");
        assertThat(calls.participants(room.id())).anySatisfy(p -> {
            assertThat(p.username()).isEqualTo("director");
            assertThat(p.state()).isEqualTo(ParticipantState.JOINED);
        });
        for (String username : List.of("mayor", "traffic", "director")) {
            calls.leave(room.id(), username);
        }
    }

    @Test
    void aDeclinedCallIsOverAndHangingUpBeforeAnAnswerLeavesAMissedCall() {
        Call declined = calls.callPerson("mayor", "traffic", CallKind.VOICE, CallContext.directory());
        calls.decline(declined.id(), "traffic");
        assertThat(calls.find(declined.id()).orElseThrow().status()).isEqualTo(CallStatus.DECLINED);

        Call cancelled = calls.callPerson("mayor", "traffic", CallKind.VOICE, CallContext.directory());
        calls.leave(cancelled.id(), "mayor");
        assertThat(calls.find(cancelled.id()).orElseThrow().status()).isEqualTo(CallStatus.CANCELLED);
        assertThat(calls.missedBy("traffic"))
                .extracting(Call::id)
                .contains(cancelled.id())
                .doesNotContain(declined.id());
    }

    @Test
    void aDepartmentCallRingsEveryoneOnDutyThereAndTheFirstToAnswerTakesIt() {
        directory.updateContact("director", "국장", "02-120-1100", false);
        try {
            Call call = calls.callDepartment("mayor", "TRAFFIC", CallKind.VIDEO, FIRE);
            assertThat(calls.participants(call.id()))
                    .extracting(Participant::username)
                    .containsExactlyInAnyOrder("mayor", "traffic");

            directory.updateContact("traffic", "주무관", "02-120-1101", false);
            assertThatThrownBy(() -> calls.callDepartment("mayor", "TRAFFIC", CallKind.VIDEO, FIRE))
                    .isInstanceOfSatisfying(
                            CallRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(CallRefusedException.Reason.NOBODY_ON_DUTY));
            calls.leave(call.id(), "mayor");
        } finally {
            directory.updateContact("director", "국장", "02-120-1100", true);
            directory.updateContact("traffic", "주무관", "02-120-1101", true);
        }
    }

    @Test
    void theMayorOpensARoomFromAnIncidentInvitingSeveralDepartmentsAndOthersMayJoin() {
        Call room = calls.openRoom("mayor", "구로구 화재 대응", List.of("TRAFFIC", "CLIMATE"), CallKind.VIDEO, FIRE);

        assertThat(room.room()).isTrue();
        assertThat(calls.openRooms()).extracting(Call::id).contains(room.id());
        assertThat(calls.ringingFor("climate")).extracting(Call::id).contains(room.id());
        assertThat(calls.ringingFor("director")).extracting(Call::id).contains(room.id());

        calls.decline(room.id(), "climate");
        JoinTicket admin = calls.ticket(room.id(), "admin"); // not invited, but rooms are open to officials
        calls.redeem(room.id(), "admin", admin.token());
        calls.accept(room.id(), "traffic");

        assertThat(calls.find(room.id()).orElseThrow().status()).isEqualTo(CallStatus.ACTIVE);
        assertThat(calls.ringingFor("director")).extracting(Call::id).contains(room.id());
        calls.leave(room.id(), "mayor");
        calls.leave(room.id(), "traffic");
        assertThat(calls.openRooms()).extracting(Call::id).contains(room.id());
        calls.leave(room.id(), "admin");

        assertThat(calls.find(room.id()).orElseThrow().status()).isEqualTo(CallStatus.ENDED);
        assertThat(calls.openRooms()).extracting(Call::id).doesNotContain(room.id());
        assertThat(calls.missedBy("director")).extracting(Call::id).contains(room.id());
    }

    @Test
    void inTheOpenViduModeEachCallHasASessionThereAndAFailureLeavesNoCallRinging() throws Exception {
        try (OpenViduProtocolServer openVidu = new OpenViduProtocolServer("MY_SECRET")) {
            CallProperties properties = new CallProperties(
                    new CallProperties.OpenVidu(openVidu.url(), "MY_SECRET"),
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(2));
            CallService viaOpenVidu = new CallService(
                    store, new OpenViduMediaServer(openVidu.url(), "MY_SECRET"), directory, events, properties);

            Call call = viaOpenVidu.callPerson("mayor", "traffic", CallKind.VIDEO, FIRE);
            JoinTicket ticket = viaOpenVidu.ticket(call.id(), "traffic");

            assertThat(call.mode()).isEqualTo(CallMode.OPENVIDU);
            assertThat(call.mediaSession()).isEqualTo("city-call-" + call.id());
            assertThat(openVidu.tokens(call.mediaSession())).containsExactly(ticket.token());
            viaOpenVidu.redeem(call.id(), "traffic", ticket.token());
            viaOpenVidu.leave(call.id(), "traffic");
            assertThat(openVidu.hasSession(call.mediaSession())).isFalse();

            CallService wrongSecret = new CallService(
                    store, new OpenViduMediaServer(openVidu.url(), "wrong"), directory, events, properties);
            int ringingBefore = calls.ringingFor("climate").size();
            assertThatThrownBy(() -> wrongSecret.callPerson("mayor", "climate", CallKind.VIDEO, FIRE))
                    .isInstanceOfSatisfying(
                            MediaServerException.class,
                            e -> assertThat(e.status()).isEqualTo(401));
            assertThat(calls.ringingFor("climate")).hasSize(ringingBefore);
        }
    }
}
