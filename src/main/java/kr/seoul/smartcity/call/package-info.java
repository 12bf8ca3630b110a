/**
 * Video and voice calls and conference rooms: {@code CallService} (who may call whom, ringing, answering, single-use
 * tokens bound to their user, the call log), the {@code MediaServer} port with {@code OpenViduMediaServer}
 * (openvidu-java-client) and {@code BuiltInMediaServer} (browser-to-browser WebRTC, signalled over the live event
 * bus); the call screen ({@code <city-call>}, openvidu-browser for the OpenVidu mode), the ringing telephone in the
 * top bar, the call list, the staff directory, and {@code CallButtons} for other features' screens.
 */
@ApplicationModule(
        displayName = "Video and voice calls",
        allowedDependencies = {
            "base",
            "command::model",
            "command::service",
            "command::ui",
            "directory::model",
            "directory::service",
            "security::service",
            "shell::ui"
        })
@NullMarked
package kr.seoul.smartcity.call;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
