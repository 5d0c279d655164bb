package org.otklik.dashboard.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otklik.core.AuditEntry;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Classification;
import org.otklik.core.Executor;
import org.otklik.core.Network;
import org.otklik.core.Topic;
import org.otklik.dashboard.CaseText;
import org.otklik.dashboard.RouteProposal;
import org.otklik.dashboard.StepDeadline;
import org.otklik.dashboard.User;
import org.otklik.store.SourceState;
import org.otklik.store.StoredPost;

/** What the templates and the JSON API show; every string in here may be hostile and is escaped on output. */
public final class Views {
    private Views() {
    }

    /** What every page needs: who is logged in, the CSRF token, the page's title and its menu item. */
    public record Page(User user, String csrf, String title, String nav, String municipalityName, java.time.ZoneId zone) {
        public boolean can(String area) {
            return user != null && Access.page(user.role(), area);
        }
    }

    /** The feed's filters, as given in the query string (null or blank: no filter). */
    public record FeedFilter(String network, String topic, String place, String importance, String filter, String relevant, String q) {
        public boolean any() {
            return Fmt.has(network) || Fmt.has(topic) || Fmt.has(place) || Fmt.has(importance) || Fmt.has(filter) || Fmt.has(relevant) || Fmt.has(q);
        }
    }

    public record FeedItem(long postId, Network network, String source, String author, String text, String url, Instant at,
                           Boolean relevant, List<Topic> topics, String place, String importance, String filter,
                           List<String> reasons, Long caseId, CaseStep caseStep) {
        /** Only http(s) links become hrefs; anything else ({@code javascript:}, {@code data:}) is shown as text. */
        public String href() {
            return Fmt.safeHref(url);
        }
    }

    public record FeedPage(Page page, FeedFilter filter, List<FeedItem> items, List<Network> networks, List<Topic> topics, String searchNote) {
    }

    public record ExcludedPage(Page page, List<FeedItem> items) {
    }

    public record BoardRow(Case k, String snippet, String executorName, String place, StepDeadline deadline) {
    }

    public record BoardPage(Page page, boolean mine, String step, List<BoardRow> rows, Map<StepDeadline.Status, Integer> counts) {
    }

    public record CaseView(Page page, Case k, StoredPost post, Classification classification, List<AuditEntry> audit,
                           List<CaseText> texts, Set<String> actions, List<Executor> executors, RouteProposal proposal,
                           String executorName, List<String> coExecutorNames, StepDeadline deadline, String draft,
                           List<String> findings, String message) {
        public String href() {
            return Fmt.safeHref(post.post().url());
        }

        /** Preselected in the route form: the case's executor, else the routing table's proposal. */
        public boolean routeTo(String executorId) {
            return k.executor() != null ? executorId.equals(k.executor()) : proposal != null && executorId.equals(proposal.executor());
        }

        public boolean routeAlsoTo(String executorId) {
            return k.executor() != null ? k.coExecutors().contains(executorId) : proposal != null && proposal.coExecutors().contains(executorId);
        }
    }

    public record ReportsPage(Page page, String timelinessJson, String topicsJson, List<PlaceCount> places,
                              List<DepartmentTimeliness> departments) {
    }

    public record DepartmentTimeliness(String executor, String name, long onTime, long late, long openOverdue) {
    }

    public record PlaceCount(String place, long count) {
    }

    public record SourcesPage(Page page, List<SourceRow> rows) {
    }

    public record SourceRow(SourceState state, String status, String css) {
    }

    public record LoginPage(String csrf, String error, String login) {
    }

    public record ErrorPage(Page page, int status, String message) {
    }

    /** A JSON view of a case's step deadline, for the API. */
    public record DeadlineJson(String what, Instant due, String status, long workingMinutesLeft) {
        static DeadlineJson of(StepDeadline d) {
            return new DeadlineJson(d.what(), d.due(), d.status().name().toLowerCase(java.util.Locale.ROOT), d.workingMinutesLeft());
        }
    }
}
