package kr.seoul.smartcity.call.domain;

import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who may call and be called: signed-in members of staff (the mayor, officials, and administrators, who are
 * officials with a further duty) with enabled accounts. Citizens have no role and can neither call nor be reached.
 */
public final class CallPolicy {

    private CallPolicy() {}

    public static boolean mayCall(@Nullable Role role, boolean enabled) {
        return role != null && enabled;
    }

    /** Whether one person may call another: both may call, and nobody calls themselves. */
    public static boolean mayCall(
            String caller,
            @Nullable Role callerRole,
            boolean callerEnabled,
            String callee,
            @Nullable Role calleeRole,
            boolean calleeEnabled) {
        return mayCall(callerRole, callerEnabled) && mayCall(calleeRole, calleeEnabled) && !caller.equals(callee);
    }
}
