package kr.seoul.smartcity.approval.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who acts for whom on one day (대결). Substitution follows chains: A absent → B, B absent → C means C acts for A (and
 * for B). A loop leaves nobody to act and is refused.
 */
public final class Substitutes implements ApprovalCase.Deputies {

    private final Map<String, String> substituteOf;

    private Substitutes(Map<String, String> substituteOf) {
        this.substituteOf = substituteOf;
    }

    /** The substitutions on a day; of two absences of one approver on the same day, the later recorded wins. */
    public static Substitutes on(LocalDate day, Collection<Absence> absences) {
        Map<String, String> map = new HashMap<>();
        absences.stream()
                .filter(a -> a.covers(day))
                .sorted(Comparator.comparingLong(Absence::id))
                .forEach(a -> map.put(a.approver(), a.substitute()));
        return new Substitutes(map);
    }

    /**
     * Refuses an absence that would close a loop with the absences overlapping it (they are taken as simultaneous).
     */
    public static void checkNoLoop(Absence added, Collection<Absence> existing) {
        if (added.approver().equals(added.substitute())) {
            throw loop(added.approver());
        }
        Map<String, Set<String>> graph = new HashMap<>();
        existing.stream()
                .filter(added::overlaps)
                .forEach(a -> graph.computeIfAbsent(a.approver(), k -> new HashSet<>())
                        .add(a.substitute()));
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(Set.of(added.substitute()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(added.approver())) {
                throw loop(added.approver() + " → " + added.substitute());
            }
            if (seen.add(next)) {
                todo.addAll(graph.getOrDefault(next, Set.of()));
            }
        }
    }

    /** Whether the approver is absent that day. */
    public boolean absent(String approver) {
        return substituteOf.containsKey(approver);
    }

    /** Who acts for the approver: the approver, or the end of the chain of substitutes. */
    public String actingFor(String approver) {
        Set<String> chain = new LinkedHashSet<>();
        String current = approver;
        while (substituteOf.containsKey(current)) {
            if (!chain.add(current)) {
                throw loop(String.join(" → ", chain) + " → " + current);
            }
            current = substituteOf.get(current);
        }
        return current;
    }

    /** The approver themselves may always act; otherwise only the substitute at the end of the chain. */
    @Override
    public boolean mayActFor(String actor, String approver) {
        if (actor.equals(approver)) {
            return true;
        }
        try {
            return actor.equals(actingFor(approver));
        } catch (ApprovalRefusedException loop) {
            return false;
        }
    }

    /** The approvers the actor acts for that day, themselves included. */
    public Set<String> actsFor(String actor) {
        Set<String> approvers = new LinkedHashSet<>(Set.of(actor));
        substituteOf.keySet().stream()
                .filter(approver -> mayActFor(actor, approver))
                .forEach(approvers::add);
        return approvers;
    }

    private static ApprovalRefusedException loop(String chain) {
        return new ApprovalRefusedException(ApprovalRefusedException.DELEGATION_LOOP, "substitution loop " + chain);
    }
}
