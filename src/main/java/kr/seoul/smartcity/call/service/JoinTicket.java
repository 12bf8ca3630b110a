package kr.seoul.smartcity.call.service;

import kr.seoul.smartcity.call.domain.Call;

/**
 * What a browser needs to connect to a call's media: the call and a single-use token bound to the person. In the
 * OpenVidu mode the token goes to OpenVidu; in the built-in mode it comes back to {@link CallService#redeem}.
 */
public record JoinTicket(Call call, String token) {

    @Override
    public String toString() {
        return "JoinTicket[" + call.id() + "]";
    }
}
