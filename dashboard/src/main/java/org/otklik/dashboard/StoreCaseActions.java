package org.otklik.dashboard;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.otklik.core.Actor;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.DeadlineKind;
import org.otklik.core.ProductionCalendar;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Role;
import org.otklik.store.StaleCaseException;
import org.otklik.store.Store;

/**
 * A plain implementation of {@link CaseActions} straight on the store: checks role, department,
 * municipality and step, then moves the case with {@link Store#moveCase} (audit row in the same transaction).
 * Draft and answer texts go to the dashboard's own table. The dispatcher's workflow replaces it when wired in.
 */
public final class StoreCaseActions implements CaseActions {
    static final int MAX_TEXT = 8_000;
    static final int MAX_REASON = 2_000;

    private final Store store;
    private final Map<String, RegulationProfile> profiles;
    private final ProductionCalendar calendar;
    private final Clock clock;

    public StoreCaseActions(Store store, Map<String, RegulationProfile> profiles, ProductionCalendar calendar, Clock clock) {
        this.store = store;
        this.profiles = Map.copyOf(profiles);
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Case route(long caseId, String executorId, List<String> coExecutors, Actor actor, String reason) {
        Case k = visible(caseId, actor);
        require(actor, EnumSet.of(Role.CURATOR, Role.ADMIN), "направлять сообщения может только куратор");
        step(k, EnumSet.of(CaseStep.NEW, CaseStep.RETURNED, CaseStep.ROUTED), "направить");
        RegulationProfile p = profile(k);
        if (executorId == null || p.executor(executorId).isEmpty()) {
            throw new ActionRefusedException("исполнитель «" + executorId + "» не найден в справочнике");
        }
        List<String> co = new ArrayList<>();
        for (String c : coExecutors == null ? List.<String>of() : coExecutors) {
            if (c.isBlank() || c.equals(executorId) || co.contains(c)) {
                continue;
            }
            if (p.executor(c).isEmpty()) {
                throw new ActionRefusedException("соисполнитель «" + c + "» не найден в справочнике");
            }
            co.add(c);
        }
        String why = "направлено: " + p.executor(executorId).orElseThrow().name() + (reason == null || reason.isBlank() ? "" : "; " + bound(reason, MAX_REASON));
        return move(k, x -> new Case(x.id(), x.postId(), x.municipality(), CaseStep.ROUTED, x.topics(), x.location(), x.importance(),
                executorId, co, x.detectedAt(), x.answerDueAt(), x.repeatOf(), x.updatedAt()), actor, why);
    }

    @Override
    public Case take(long caseId, Actor actor) {
        Case k = visible(caseId, actor);
        ownDepartment(k, actor, EnumSet.of(Role.EXECUTOR, Role.HEAD));
        step(k, EnumSet.of(CaseStep.ROUTED, CaseStep.INTERIM_PUBLISHED), "взять в работу");
        return move(k, x -> x.withStep(CaseStep.IN_WORK, now()), actor, "взято в работу");
    }

    @Override
    public Case returnToCurator(long caseId, Actor actor, String reason) {
        Case k = visible(caseId, actor);
        ownDepartment(k, actor, EnumSet.of(Role.EXECUTOR, Role.HEAD));
        step(k, EnumSet.of(CaseStep.ROUTED, CaseStep.IN_WORK), "вернуть куратору");
        String why = required(reason, "укажите, почему сообщение не относится к компетенции");
        return move(k, x -> new Case(x.id(), x.postId(), x.municipality(), CaseStep.RETURNED, x.topics(), x.location(), x.importance(),
                null, List.of(), x.detectedAt(), x.answerDueAt(), x.repeatOf(), x.updatedAt()), actor, "возвращено: " + why);
    }

    @Override
    public Case submitDraft(long caseId, Actor actor, String text) {
        Case k = visible(caseId, actor);
        ownDepartment(k, actor, EnumSet.of(Role.EXECUTOR, Role.HEAD));
        step(k, EnumSet.of(CaseStep.IN_WORK, CaseStep.REWORK), "отправить проект ответа");
        String draft = required(text, "проект ответа пуст");
        Case moved = move(k, x -> x.withStep(CaseStep.DRAFT_SUBMITTED, now()), actor, "проект ответа отправлен на согласование");
        saveText(caseId, "draft", actor, draft);
        return moved;
    }

    @Override
    public Case approve(long caseId, Actor actor) {
        Case k = visible(caseId, actor);
        approver(k, actor);
        step(k, EnumSet.of(CaseStep.DRAFT_SUBMITTED), "согласовать");
        return move(k, x -> x.withStep(CaseStep.APPROVED, now()), actor, "проект ответа согласован");
    }

    @Override
    public Case rework(long caseId, Actor actor, String reason) {
        Case k = visible(caseId, actor);
        approver(k, actor);
        step(k, EnumSet.of(CaseStep.DRAFT_SUBMITTED), "вернуть на доработку");
        String why = required(reason, "укажите причину доработки");
        return move(k, x -> x.withStep(CaseStep.REWORK, now()), actor, "на доработку: " + why);
    }

    @Override
    public Case publish(long caseId, Actor actor, String answerText) {
        Case k = visible(caseId, actor);
        require(actor, EnumSet.of(Role.SPECIALIST, Role.CURATOR, Role.ADMIN), "размещает ответы специалист или куратор");
        step(k, EnumSet.of(CaseStep.APPROVED), "разместить ответ");
        String text = answerText == null || answerText.isBlank() ? latestText(caseId, "draft").orElse("") : answerText;
        String answer = required(text, "текст ответа пуст");
        Case moved = move(k, x -> x.withStep(CaseStep.PUBLISHED, now()), actor, "ответ размещён");
        saveText(caseId, "answer", actor, answer);
        return moved;
    }

    @Override
    public Case publishInterim(long caseId, Actor actor, String text) {
        Case k = visible(caseId, actor);
        if (actor.role() == Role.EXECUTOR || actor.role() == Role.HEAD) {
            ownDepartment(k, actor, EnumSet.of(Role.EXECUTOR, Role.HEAD));
        } else {
            require(actor, EnumSet.of(Role.SPECIALIST, Role.CURATOR, Role.ADMIN), "промежуточный ответ размещает исполнитель, специалист или куратор");
        }
        step(k, EnumSet.of(CaseStep.ROUTED, CaseStep.IN_WORK, CaseStep.REWORK), "разместить промежуточный ответ");
        String interim = required(text, "текст промежуточного ответа пуст");
        RegulationProfile p = profile(k);
        Instant at = now();
        Instant due = p.deadline(DeadlineKind.FINAL_AFTER_INTERIM).map(d -> p.calendar(calendar).plus(at, d)).orElse(k.answerDueAt());
        Case moved = move(k, x -> new Case(x.id(), x.postId(), x.municipality(), CaseStep.INTERIM_PUBLISHED, x.topics(), x.location(),
                x.importance(), x.executor(), x.coExecutors(), x.detectedAt(), due, x.repeatOf(), at), actor,
                "промежуточный ответ размещён; окончательный ответ до " + due);
        saveText(caseId, "interim", actor, interim);
        return moved;
    }

    @Override
    public Case overrideExclusion(long caseId, Actor actor, String reason) {
        Case k = visible(caseId, actor);
        require(actor, EnumSet.of(Role.CURATOR, Role.ADMIN), "снять исключение может только куратор");
        step(k, EnumSet.of(CaseStep.EXCLUDED), "снять исключение");
        String why = required(reason, "укажите, почему фильтр ошибся");
        return move(k, x -> x.withStep(CaseStep.NEW, now()), actor, "исключение снято: " + why);
    }

    /** Texts written for a case, oldest first. */
    /** The first department whose topics include the case's lead topic (no routing table here). */
    @Override
    public Optional<RouteProposal> proposedRoute(Case k) {
        RegulationProfile p = profiles.get(k.municipality());
        if (p == null || k.topics().isEmpty()) {
            return Optional.empty();
        }
        return p.executors().stream().filter(e -> e.topics().contains(k.topics().get(0))).findFirst()
                .map(e -> new RouteProposal(e.id(), List.of()));
    }

    /** This fallback lets the curator and the department's head approve, as most regulations' curators do. */
    @Override
    public Set<Role> approvers(String municipality) {
        return EnumSet.of(Role.CURATOR, Role.HEAD);
    }

    @Override
    public List<CaseText> texts(long caseId) {
        return texts(store, caseId);
    }

    /** Texts written for a case through the dashboard, oldest first. */
    public static List<CaseText> texts(Store store, long caseId) {
        return store.transaction("read texts of case " + caseId, c -> {
            List<CaseText> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, author, at, text FROM dashboard_case_texts WHERE case_id = ? ORDER BY id")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CaseText(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /** One text written for a case: {@code kind} is draft, interim or answer. */

    private Optional<String> latestText(long caseId, String kind) {
        List<CaseText> all = texts(caseId);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).kind().equals(kind)) {
                return Optional.of(all.get(i).text());
            }
        }
        return Optional.empty();
    }

    private void saveText(long caseId, String kind, Actor actor, String text) {
        store.transaction("save " + kind + " of case " + caseId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dashboard_case_texts (case_id, kind, author, at, text) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, caseId);
                ps.setString(2, kind);
                ps.setString(3, actor.login());
                ps.setObject(4, now().atOffset(ZoneOffset.UTC));
                ps.setString(5, bound(text, MAX_TEXT));
                ps.executeUpdate();
            }
            return null;
        });
    }

    private Case visible(long caseId, Actor actor) {
        Case k = store.caseById(caseId).orElseThrow(() -> new ActionRefusedException("обращение №" + caseId + " не найдено"));
        if (!k.municipality().equals(actor.municipality())) {
            // the same answer as for a missing case: another municipality's cases do not exist for this user
            throw new ActionRefusedException("обращение №" + caseId + " не найдено");
        }
        if ((actor.role() == Role.EXECUTOR || actor.role() == Role.HEAD) && !involves(k, actor.department())) {
            throw new ActionRefusedException("обращение №" + caseId + " не найдено");
        }
        return k;
    }

    /** Whether a department may see a case: it is the lead executor or a co-executor. */
    public static boolean involves(Case k, String department) {
        return department != null && (department.equals(k.executor()) || k.coExecutors().contains(department));
    }

    private static void require(Actor actor, Set<Role> roles, String refusal) {
        if (!roles.contains(actor.role())) {
            throw new ActionRefusedException(refusal);
        }
    }

    private static void ownDepartment(Case k, Actor actor, Set<Role> roles) {
        require(actor, roles, "это действие выполняет исполнитель, которому направлено сообщение");
        if (actor.department() == null || !actor.department().equals(k.executor())) {
            throw new ActionRefusedException("сообщение направлено другому исполнителю");
        }
    }

    private static void approver(Case k, Actor actor) {
        if (actor.role() == Role.HEAD) {
            if (actor.department() == null || !actor.department().equals(k.executor())) {
                throw new ActionRefusedException("руководитель согласует ответы только своего подразделения");
            }
            return;
        }
        require(actor, EnumSet.of(Role.CURATOR, Role.ADMIN), "согласует руководитель исполнителя или куратор");
    }

    private static void step(Case k, Set<CaseStep> allowed, String action) {
        if (!allowed.contains(k.step())) {
            throw new ActionRefusedException("нельзя " + action + ": обращение на шаге «" + k.step().title() + "»");
        }
    }

    private static String required(String text, String refusal) {
        if (text == null || text.isBlank()) {
            throw new ActionRefusedException(refusal);
        }
        return bound(text.strip(), MAX_TEXT);
    }

    private static String bound(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private RegulationProfile profile(Case k) {
        RegulationProfile p = profiles.get(k.municipality());
        if (p == null) {
            throw new ActionRefusedException("муниципалитет «" + k.municipality() + "» не обслуживается");
        }
        return p;
    }

    private Case move(Case k, UnaryOperator<Case> change, Actor actor, String reason) {
        try {
            return store.moveCase(k.id(), k.step(), change, actor.login(), bound(reason, MAX_REASON), now());
        } catch (StaleCaseException e) {
            throw new ActionRefusedException("обращение уже изменено другим пользователем: обновите страницу");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
