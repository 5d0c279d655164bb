package org.otklik.dashboard;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Classification;
import org.otklik.core.Executor;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Location;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.ProductionCalendar;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Role;
import org.otklik.core.Topic;
import org.otklik.core.WorkingCalendar;
import org.otklik.store.PostWrite;
import org.otklik.store.Store;

/**
 * Demo content for {@code serve --demo}, the browser tests and screenshots: realistic Russian posts with
 * classifications and cases at different steps (including a hostile post with markup and a {@code javascript:} link),
 * and one user per role with a password generated at startup.
 */
public final class DemoData {
    private static final String[][] SAMPLES = {
            {"roads", "На улице Ленина огромные ямы, машины бьют колёса. Когда отремонтируют дорогу?", "Ленина"},
            {"housing", "Третий день нет горячей воды в доме 12 по Советской. Управляющая компания не отвечает.", "Советская"},
            {"waste", "Контейнерную площадку во дворе не вывозят уже неделю, мусор по всему двору.", "Мира"},
            {"landscaping", "Не горят фонари на детской площадке, вечером детям страшно гулять.", "Школьная"},
            {"transport", "Автобус №5 опять не пришёл утром, люди опаздывают на работу. Где расписание?", "Центральная"},
            {"animals", "Стая бездомных собак у школы, дети боятся ходить. Примите меры!", "Школьная"},
            {"roads", "Тротуар не чистят от снега, пожилые люди падают. Кто отвечает за уборку?", "Набережная"},
            {"housing", "Протекает крыша в подъезде, угроза обрушения потолка. Просим срочно помочь.", "Октябрьская"},
            {"education", "В детском саду №3 холодно в группах, дети болеют.", "Садовая"},
            {"healthcare", "В поликлинике нет записи к терапевту на две недели вперёд.", "Больничная"},
    };

    private DemoData() {
    }

    /** A demo user and the password generated for it, printed once at startup. */
    public record DemoUser(User user, String password) {
    }

    /** One user per role in the municipality; executor and head belong to its first executor. */
    public static List<DemoUser> users(RegulationProfile p) {
        String dept = p.executors().isEmpty() ? null : p.executors().get(0).id();
        String other = p.executors().size() > 1 ? p.executors().get(1).id() : dept;
        List<DemoUser> out = new ArrayList<>();
        out.add(user("specialist", "Специалист", Role.SPECIALIST, p.id(), null));
        out.add(user("curator", "Куратор", Role.CURATOR, p.id(), null));
        out.add(user("executor", "Исполнитель", Role.EXECUTOR, p.id(), dept));
        out.add(user("executor2", "Исполнитель (другой отдел)", Role.EXECUTOR, p.id(), other));
        out.add(user("head", "Руководитель", Role.HEAD, p.id(), dept));
        out.add(user("chief", "Глава", Role.CHIEF, p.id(), null));
        out.add(user("admin", "Администратор", Role.ADMIN, p.id(), null));
        return out;
    }

    private static DemoUser user(String login, String name, Role role, String muni, String dept) {
        String password = password();
        return new DemoUser(new User(login, name, role, muni, dept, PasswordHash.create(password.toCharArray())), password);
    }

    private static String password() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** What {@link #seed} made, for tests to point at. */
    public record Seeded(List<Long> caseIds, long hostileCaseId, long excludedCaseId) {
    }

    /**
     * Stores {@code count} demo posts of one municipality with classifications and cases spread over the steps,
     * plus one hostile post and one excluded post; deadlines come from the profile in working time.
     */
    public static Seeded seed(Store store, RegulationProfile p, ProductionCalendar calendar, Clock clock, int count, long seed) {
        Random r = new Random(seed);
        WorkingCalendar cal = p.calendar(calendar);
        Instant now = clock.instant();
        String settlement = p.municipality().settlements().isEmpty() ? p.municipality().name() : p.municipality().settlements().get(0).name();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] s = SAMPLES[i % SAMPLES.length];
            Instant detected = now.minus(Duration.ofMinutes(20L + i * 97L % 4000));
            Post post = new Post(Network.values()[i % 3], "demo-" + p.id(), "demo-" + i, p.id(), "Житель " + (i + 1), s[1],
                    "https://vk.com/wall-1_" + (1000 + i), detected, null, r.nextInt(50), r.nextInt(5), r.nextInt(20), r.nextInt(2000));
            Topic topic = Topic.fromCode(s[0]);
            Importance imp = i % 7 == 3 ? Importance.HIGH : Importance.NORMAL;
            Location loc = new Location(p.id(), settlement, "ул. " + s[2], Integer.toString(1 + i % 30));
            CaseStep step = switch (i % 6) {
                case 0, 1 -> CaseStep.NEW;
                case 2 -> CaseStep.ROUTED;
                case 3 -> CaseStep.IN_WORK;
                case 4 -> CaseStep.DRAFT_SUBMITTED;
                default -> CaseStep.PUBLISHED;
            };
            ids.add(store(store, p, cal, post, topic, imp, loc, step, FilterVerdict.NONE, detected,
                    List.of("тема: " + topic.title() + " (слова из словаря)", "место: " + loc.street())));
        }
        Post hostile = new Post(Network.VK, "demo-" + p.id(), "demo-xss", p.id(), "<img src=x onerror=alert(1)>Хакер",
                "<script>alert('xss')</script> Яма на дороге <b onmouseover=alert(2)>у школы</b>", "javascript:alert(document.cookie)",
                now.minus(Duration.ofMinutes(5)), null, 0, 0, 0, 0);
        long hostileId = store(store, p, cal, hostile, Topic.ROADS, Importance.NORMAL, new Location(p.id(), settlement, "ул. Школьная", null),
                CaseStep.NEW, FilterVerdict.NONE, now.minus(Duration.ofMinutes(5)), List.of("тема: Дороги (яма)"));
        Post rude = new Post(Network.OK, "demo-" + p.id(), "demo-excluded", p.id(), "Аноним", "Вы все там **** бездельники, ямы на дорогах!",
                null, now.minus(Duration.ofMinutes(15)), null, 0, 0, 0, 0);
        long excludedId = store(store, p, cal, rude, Topic.ROADS, Importance.NORMAL, null, CaseStep.EXCLUDED, FilterVerdict.OBSCENE,
                now.minus(Duration.ofMinutes(15)), List.of("фильтр: нецензурное слово", "фильтр: оскорбление «бездельники»"));
        return new Seeded(ids, hostileId, excludedId);
    }

    private static long store(Store store, RegulationProfile p, WorkingCalendar cal, Post post, Topic topic, Importance imp, Location loc,
                              CaseStep step, FilterVerdict filter, Instant detected, List<String> reasons) {
        PostWrite w = store.savePost(post, detected);
        store.saveClassification(w.postId(), new Classification(post.externalId(), filter == FilterVerdict.NONE, List.of(topic), loc, imp,
                filter, null, reasons), detected);
        Instant due = cal.plus(detected, p.answerLimit(imp));
        List<Executor> routed = p.executors().stream().filter(e -> e.topics().contains(topic)).toList();
        String executor = step == CaseStep.NEW || step == CaseStep.EXCLUDED ? null
                : (routed.isEmpty() ? p.executors().get(0) : routed.get(0)).id();
        if (executor != null && step != CaseStep.PUBLISHED && !p.executors().isEmpty()) {
            // the demo executor user belongs to the first department: give it work
            executor = p.executors().get(0).id();
        }
        Case k = new Case(0, w.postId(), p.id(), step, List.of(topic), loc, imp, executor, List.of(), detected, due, null, detected);
        return store.openCase(k, "system", step == CaseStep.EXCLUDED ? "исключено фильтром" : "открыто по сообщению", detected);
    }
}
