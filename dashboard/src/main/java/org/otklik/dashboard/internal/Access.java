package org.otklik.dashboard.internal;

import java.util.EnumSet;
import java.util.Set;
import org.otklik.core.Role;

/** Which role may open which page. Case actions are checked by {@link org.otklik.dashboard.CaseActions}; case visibility by the queries. */
public final class Access {
    private static final Set<Role> FEED = EnumSet.of(Role.SPECIALIST, Role.CURATOR, Role.ADMIN, Role.CHIEF);
    private static final Set<Role> REPORTS = EnumSet.of(Role.CURATOR, Role.HEAD, Role.CHIEF, Role.ADMIN, Role.SPECIALIST);
    private static final Set<Role> SOURCES = EnumSet.of(Role.SPECIALIST, Role.CURATOR, Role.ADMIN);

    private Access() {
    }

    public static boolean page(Role role, String area) {
        return switch (area) {
            case "feed", "excluded" -> FEED.contains(role);
            case "cases" -> true;
            case "reports" -> REPORTS.contains(role);
            case "sources" -> SOURCES.contains(role);
            default -> false;
        };
    }

    /**
     * The actions to offer on a case page: a courtesy to the user, mirroring the rules {@link org.otklik.dashboard.CaseActions}
     * enforces on the server, which refuses anything else whatever the page offered.
     */
    public static Set<String> actions(Role role, String department, org.otklik.core.Case k, Set<Role> approvers) {
        Set<String> out = new java.util.LinkedHashSet<>();
        boolean curator = role == Role.CURATOR || role == Role.ADMIN;
        boolean own = departmentBound(role) && department != null && department.equals(k.executor());
        switch (k.step()) {
            case NEW, RETURNED -> {
                if (curator) {
                    out.add("route");
                }
            }
            case ROUTED -> {
                if (curator) {
                    out.add("route");
                }
                if (own) {
                    out.addAll(java.util.List.of("take", "return", "interim"));
                } else if (curator || role == Role.SPECIALIST) {
                    out.add("interim");
                }
            }
            case IN_WORK, REWORK -> {
                if (own) {
                    out.addAll(java.util.List.of("draft", "interim"));
                    if (k.step() == org.otklik.core.CaseStep.IN_WORK) {
                        out.add("return");
                    }
                } else if (curator || role == Role.SPECIALIST) {
                    out.add("interim");
                }
            }
            case DRAFT_SUBMITTED -> {
                // the regulation names who approves: the department's head (Хасын п. 13) or the curator's unit
                if ((curator && approvers.contains(Role.CURATOR)) || (role == Role.HEAD && own && approvers.contains(Role.HEAD))) {
                    out.addAll(java.util.List.of("approve", "rework"));
                }
            }
            case APPROVED -> {
                if (curator || role == Role.SPECIALIST) {
                    out.add("publish");
                }
            }
            case INTERIM_PUBLISHED -> {
                if (own) {
                    out.add("take");
                }
            }
            case EXCLUDED -> {
                if (curator) {
                    out.add("override");
                }
            }
            case PUBLISHED -> {
                // closed: nothing to do
            }
        }
        return out;
    }

    /** Executors and heads see only the cases of their own department. */
    public static boolean departmentBound(Role role) {
        return role == Role.EXECUTOR || role == Role.HEAD;
    }
}
