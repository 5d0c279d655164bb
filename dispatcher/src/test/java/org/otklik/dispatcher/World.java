package org.otklik.dispatcher;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.otklik.config.OtklikConfig;
import org.otklik.config.Secrets;
import org.otklik.core.Actor;
import org.otklik.core.Case;
import org.otklik.core.Classification;
import org.otklik.core.DeadlineKind;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Location;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Role;
import org.otklik.core.Topic;
import org.otklik.store.Store;

/** A municipality's dispatcher on a real database with the repo's real config/ and a clock the test moves. */
final class World {
    static final OtklikConfig CONFIG = OtklikConfig.load(Path.of("..", "config"), new Secrets(Map.of(), null), Map.of());
    static final DispatchConfig DISPATCH = DispatchConfig.load(CONFIG);

    final String municipality;
    final ZoneId zone;
    final Store store;
    final MovableClock clock;
    final List<Notification> sent = new ArrayList<>();
    final Dispatcher dispatcher;
    final CaseWorkflow workflow;
    final DeadlineWatch watch;
    private int posts;

    World(Store store, String municipality, String start) {
        this.municipality = municipality;
        this.zone = CONFIG.profile(municipality).municipality().zone();
        this.store = store;
        this.clock = new MovableClock(local(start));
        Notifier notifier = new Notifier(List.of(sent::add));
        this.dispatcher = new Dispatcher(store, CONFIG, DISPATCH, notifier, clock);
        this.workflow = new CaseWorkflow(store, CONFIG, DISPATCH, clock);
        this.watch = new DeadlineWatch(store, CONFIG, DISPATCH, notifier, clock);
    }

    Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    void at(String dateTime) {
        clock.set(local(dateTime));
    }

    Post post(String text) {
        return new Post(Network.VK, "vk:test", "p" + (++posts), municipality, "Анна Петрова", text, "https://vk.com/wall-1_" + posts,
                clock.instant(), null, 0, 0, 0, 0);
    }

    /** A relevant post on a topic in a settlement, detected now. */
    Case open(Topic topic, Importance importance, String settlement, String text) {
        return open(List.of(topic), importance, settlement, text);
    }

    Case open(List<Topic> topics, Importance importance, String settlement, String text) {
        Post p = post(text);
        long id = store.savePost(p, clock.instant()).postId();
        Classification c = new Classification(p.externalId(), true, topics, new Location(municipality, settlement, null, null),
                importance, FilterVerdict.NONE, null, List.of("тест"));
        return dispatcher.intake(id, p, c, clock.instant()).orElseThrow();
    }

    Case open() {
        return open(Topic.ROADS, Importance.NORMAL, null, "Яма на дороге у школы, когда отремонтируют?");
    }

    Actor curator() {
        return new Actor("curator1", Role.CURATOR, municipality, null);
    }

    Actor specialist() {
        return new Actor("spec1", Role.SPECIALIST, municipality, null);
    }

    Actor executor(String department) {
        return new Actor("exec." + department, Role.EXECUTOR, municipality, department);
    }

    Actor head(String department) {
        return new Actor("head." + department, Role.HEAD, municipality, department);
    }

    /** The approver the regulation names: the department's head in Хасын, the curator elsewhere. */
    Actor approver(String department) {
        return DISPATCH.rules(municipality).approvers().contains(Role.HEAD) ? head(department) : curator();
    }

    List<RunningDeadline> deadlines(long caseId) {
        return workflow.deadlines(store.caseById(caseId).orElseThrow());
    }

    RunningDeadline deadline(long caseId, DeadlineKind kind) {
        return deadlines(caseId).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no running " + kind + " deadline on case " + caseId + ": " + deadlines(caseId)));
    }

    boolean running(long caseId, DeadlineKind kind) {
        return deadlines(caseId).stream().anyMatch(d -> d.kind() == kind);
    }

    /** A deadline as local time of the municipality, e.g. 2026-11-24T16:00. */
    String due(long caseId, DeadlineKind kind) {
        return LocalDateTime.ofInstant(deadline(caseId, kind).dueAt(), zone).toString();
    }

    List<String> violations(long caseId) {
        return workflow.violations(caseId).stream().map(v -> v.kind().code() + "@" + v.department()).toList();
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
