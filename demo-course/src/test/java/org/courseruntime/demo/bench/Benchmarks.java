package org.courseruntime.demo.bench;

import static org.courseruntime.demo.bench.BenchPage.number;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.FaultyFront;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.demo.support.Traffic;
import org.courseruntime.publish.PublishStamp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 7's benchmarks: course-runtime.js next to the libraries an author would otherwise embed, measured in one
 * run in headless Chromium (size, start-up, statement cost, the outbox as it grows, LRS load and memory of a full
 * attempt), printed and written to docs/benchmarks.md. Tagged "benchmark", so {@code mvn verify} leaves it out and
 * the benchmark profile runs it alone ({@link Report#COMMAND}). No time is asserted: a benchmark fails only when a
 * figure cannot be taken.
 */
@Tag("benchmark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Benchmarks {
    private static final int START_UP_RUNS = 15;
    private static final String CHECK_LABEL = "course-check.js (ours, loaded only for an unstamped course)";
    private static final String UNSTAMPED_LABEL = "course-runtime.js (ours), course edited after publishing: loads course-check.js";
    private static final int COST_ROUNDS = 5;
    private static final int STATEMENTS = 10_000;
    private static final int[] QUEUED = {10, 1_000, 10_000};
    private static final int GROWTH_PAGE_LOADS = 5;
    private static final int GROWTH_SAMPLES = 41;
    private static final int SECTIONS = 6;
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration COST_PAGE_TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> COST_RUNS = List.of("ours", "ours-in-memory", "tincanjs", "xapi", "xapiwrapper", "cmi5");
    private static final Report REPORT = new Report();
    private static String chromiumVersion = "?";

    @BeforeAll
    static void installPeers() throws Exception {
        PeerInstall.ensure();
    }

    @AfterAll
    static void writeTable() throws Exception {
        if (REPORT.has(SECTIONS)) {
            REPORT.write(machine());
        } else {
            System.out.println("Not every benchmark ran: " + Report.FILE + " is left as it was.");
        }
    }

    @Test
    @Order(1)
    void size() throws Exception {
        List<Library> libraries = List.of(Library.values());
        List<Path> files = new ArrayList<>(libraries.stream().map(Library::file).toList());
        files.add(BenchSite.CHECK);
        List<CompressedSize> sizes = CompressedSize.of(files);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            CompressedSize size = sizes.get(i);
            rows.add(List.of(i < libraries.size() ? libraries.get(i).label : CHECK_LABEL,
                    "`" + (i < libraries.size() ? libraries.get(i).sitePath.replace("node_modules/", "") : "course-check.js") + "`",
                    Report.bytes(size.raw()), Report.bytes(size.gzip()), Report.bytes(size.brotli())));
        }
        REPORT.add(new Report.Section("Size", "size", List.of("library", "file", "raw, B", "gzip, B", "brotli, B"), rows,
                "Ours is the course-runtime.js the build exports into the demo course (demo-course/target/course), and "
                        + "apart the course-check.js beside it, which a learner's page loads only for a course whose files "
                        + "no publisher stamp vouches for (edited after publishing); each peer is "
                        + "the file its npm package ships for a script tag, installed by `npm ci` from "
                        + "demo-course/src/test/bench/package-lock.json. gzip: java.util.zip at its default level (6), as "
                        + "the build's size budget counts it; brotli: Node's zlib at quality 11 (brotli-size.js)."));
    }

    @Test
    @Order(2)
    void startUp() throws Exception {
        List<Library> libraries = List.of(Library.values());
        Map<Library, List<Double>> evaluate = samplesBy(libraries);
        Map<Library, List<Double>> firstStatement = samplesBy(libraries);
        Map<Library, List<Double>> heap = samplesBy(libraries);
        List<Double> editedFirstStatement = new ArrayList<>();
        List<Double> editedHeap = new ArrayList<>();
        try (ChromiumBrowser chromium = browser(); BenchSite site = stampedSite(chromium)) {
            for (int run = -1; run < START_UP_RUNS; run++) { // run -1 warms the browser up and is not counted
                for (Library library : rotated(libraries, run + 1)) {
                    String query = "?library=" + library.id + "&" + library.parameter();
                    Map<?, ?> evaluated = startUpPage(chromium, site, "evaluate.html" + query);
                    Map<?, ?> sent = startUpPage(chromium, site, "first-statement.html" + query);
                    assertFalse(loadedTheChecker(chromium), "a stamped page of ours loaded course-check.js");
                    if (run >= 0) {
                        evaluate.get(library).add(number(evaluated, "millis"));
                        heap.get(library).add(number(evaluated, "heapAddedBytes"));
                        firstStatement.get(library).add(number(sent, "millis"));
                    }
                    if (library == Library.OURS) {
                        Map<?, ?> editedEvaluated = startUpPage(chromium, site, "evaluate.html" + query + "&unstamped=true");
                        Map<?, ?> editedSent = startUpPage(chromium, site, "first-statement.html" + query + "&unstamped=true");
                        assertTrue(loadedTheChecker(chromium), "the page of an edited course did not load course-check.js");
                        if (run >= 0) {
                            editedHeap.add(number(editedEvaluated, "heapAddedBytes"));
                            editedFirstStatement.add(number(editedSent, "millis"));
                        }
                    }
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Library library : libraries) {
            rows.add(List.of(library.label, Samples.summary(evaluate.get(library), 1, 1),
                    Samples.summary(firstStatement.get(library), 1, 1), Samples.summary(heap.get(library), 1.0 / 1024, 0)));
            if (library == Library.OURS) {
                rows.add(List.of(UNSTAMPED_LABEL, "as above, then course-check.js's own",
                        Samples.summary(editedFirstStatement, 1, 1), Samples.summary(editedHeap, 1.0 / 1024, 0)));
            }
        }
        REPORT.add(new Report.Section("Start-up", "startUp", List.of("library", "parse + evaluate, ms",
                        "page load to the first statement leaving, ms", "JS heap added, KiB"), rows,
                "Medians of " + START_UP_RUNS + " page loads each, with the middle half of them in brackets (after one "
                        + "warm-up round; the libraries take turns). "
                        + "*Parse + evaluate* (evaluate.html): the library's text, fetched first, is inserted as an inline "
                        + "script and timed around the insertion, which compiles and runs it synchronously; a comment unique "
                        + "to each load keeps V8 from reusing an earlier compilation. *Page load to the first statement* "
                        + "(first-statement.html): a fresh page with an empty localStorage loads the library and its adapter "
                        + "(libraries/*.js) as a course loads its scripts, and the adapter sends one statement at once to a "
                        + "stand-in LRS on the same 127.0.0.1 origin that answers immediately; the figure is the Resource "
                        + "Timing requestStart of that request, in ms since navigation start. Ours: CourseRuntime.launch("
                        + "course, settings) then start(), which sends \"started\" (the course texts are given inline, not "
                        + "fetched; the page carries the publisher's stamp of them, as a published course does; the row below "
                        + "it is the page of a course edited after publishing, whose texts course-check.js checks first, "
                        + "loaded from the same origin). TinCanJS: new TinCan.LRS + saveStatement(new TinCan.Statement). @xapi/xapi: new XAPI + "
                        + "sendStatement (axios). xapiwrapper: changeConfig + sendStatement(new ADL.XAPIStatement). @xapi/cmi5: "
                        + "new Cmi5(launch parameters) + initialize(), which first POSTs the fetch URL for the auth token, "
                        + "GETs LMS.LaunchData (State API) and the learner preferences (Agent Profile API), then sends "
                        + "\"initialized\": the cmi5 launch, three requests before its first statement. *JS heap added* "
                        + "(evaluate.html, after the evaluation): performance.memory.usedJSHeapSize after gc() once the "
                        + "adapter's one statement was answered, less the same before the library was inserted."));
    }

    @Test
    @Order(3)
    void statementCost() throws Exception {
        List<Library> libraries = List.of(Library.values());
        String load = "&libraries=" + libraries.stream().map(library -> library.id).collect(Collectors.joining(","))
                + "&" + libraries.stream().map(Library::parameter).collect(Collectors.joining("&"));
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        Map<String, Map<?, ?>> last = new LinkedHashMap<>();
        COST_RUNS.forEach(run -> millis.put(run, new ArrayList<>()));
        try (ChromiumBrowser chromium = browser(); BenchSite site = stampedSite(chromium)) {
            for (int round = 0; round < COST_ROUNDS; round++) {
                Map<?, ?> figures = BenchPage.run(chromium, site.url("statement-cost.html?count=" + STATEMENTS + "&runs="
                        + String.join(",", rotated(COST_RUNS, round)) + load), COST_PAGE_TIMEOUT);
                for (String run : COST_RUNS) {
                    Map<?, ?> result = (Map<?, ?>) figures.get(run);
                    millis.get(run).add(number(result, "millis"));
                    last.put(run, result);
                }
                chromium.js("localStorage.clear();");
            }
        }
        double ours = Samples.median(millis.get("ours"));
        List<List<String>> rows = new ArrayList<>();
        for (String run : COST_RUNS) {
            Map<?, ?> result = last.get(run);
            double median = Samples.median(millis.get(run));
            rows.add(List.of(costLabel(run), Samples.summary(millis.get(run), 1, 0), Report.decimal(median * 1000 / STATEMENTS, 1),
                    Report.decimal(median / ours, 2), Report.bytes(number(result, "requests")),
                    Report.bytes(number(result, "charactersPerStatement")), kept(result.get("kept"))));
        }
        REPORT.add(new Report.Section("Statement cost", "statementCost", List.of("library",
                        "ms for " + Report.bytes(STATEMENTS) + " answered", "µs per statement", "time ÷ ours",
                        "requests handed to the transport", "characters per statement sent", "kept after"), rows,
                "Medians of " + COST_ROUNDS + " page loads of statement-cost.html, the middle half of them in brackets; "
                        + "in each, every library runs once, in "
                        + "turn (the order rotates from one load to the next), after a full GC. Each builds, serializes and "
                        + "hands to the transport " + Report.bytes(STATEMENTS) + " \"answered\" statements of the demo "
                        + "course's choice question with the full cmi.interaction definition (four choices, "
                        + "correctResponsesPattern), a result with score, success and response, and the context "
                        + "(registration, parent and grouping activities). The transport is no-op-transport.js, put in "
                        + "place of XMLHttpRequest (which every one of them sends through): it counts what it is handed and "
                        + "never answers, a stalled network. The time runs from the first call until a setTimeout(0) posted "
                        + "after the last call fires, so the work the calls deferred (timers, promise jobs) is counted. "
                        + "Ours: runtime.answer(\"q-verbs\", [...]) through the public API, which judges the response, "
                        + "builds and serializes the statement, writes it to localStorage and schedules the send; the "
                        + "first answer also sends progressed and mastered; the sender then hands the first batch of 50 to "
                        + "the transport and waits for its answer with the rest queued. Chromium's localStorage holds "
                        + "about 5.2 million characters per origin (see the outbox table): it refuses the outbox's writes after "
                        + Report.bytes(number((Map<?, ?>) last.get("ours").get("kept"), "stored")) + " of these statements, "
                        + "and the runtime keeps the rest in memory (*kept after*). *Storage refused*: the same with "
                        + "localStorage.setItem throwing from the launch on (full, blocked or private mode), so the outbox "
                        + "is in memory only, as the peers keep nothing. TinCanJS: new TinCan.Statement({actor, verb, "
                        + "target, result, context}) and lrs.saveStatement (stamps id and timestamp, asVersion, "
                        + "JSON.stringify, PUT). @xapi/xapi: a plain statement object with id (crypto.randomUUID) and "
                        + "timestamp and xapi.sendStatement (axios: JSON.stringify, POST). xapiwrapper: new "
                        + "ADL.XAPIStatement(actor, verb, new ADL.XAPIStatement.Activity(object)) plus result, context "
                        + "and timestamp, and ADL.XAPIWrapper.sendStatement (adds the id, JSON.stringify, POST). @xapi/cmi5 "
                        + "(after initialize(), not timed): cmi5.interactionChoice(...), which builds the statement with "
                        + "cmi5's context template (it takes no score) and POSTs it through its bundled @xapi/xapi. Every "
                        + "peer gets a new object graph per statement, as course code makes one. *Characters per "
                        + "statement*: the first request handed over, divided by the statements in it."));
    }

    @Test
    @Order(4)
    void outboxGrowth() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ChromiumBrowser chromium = browser(); BenchSite site = stampedSite(chromium)) {
            for (int queued : QUEUED) {
                List<Double> micros = new ArrayList<>();
                Map<?, ?> figures = Map.of();
                for (int load = 0; load < GROWTH_PAGE_LOADS; load++) {
                    figures = BenchPage.run(chromium, site.url("outbox-growth.html?queued=" + queued + "&samples="
                            + GROWTH_SAMPLES + "&" + Library.OURS.parameter()), Duration.ofMinutes(2));
                    for (Object sample : (List<?>) figures.get("millis")) {
                        micros.add(((Number) sample).doubleValue() * 1000);
                    }
                    chromium.js("localStorage.clear();");
                }
                rows.add(List.of(Report.bytes(number(figures, "queued")), Samples.summary(micros, 1, 0),
                        Report.bytes(number(figures, "stored")), String.valueOf(figures.get("persistent")),
                        Report.decimal(number(figures, "storageCharacters") / 1_000_000, 2)));
            }
        }
        REPORT.add(new Report.Section("Outbox cost as it grows (ours)", "outboxGrowth", List.of("statements already queued",
                        "one more answer(), µs", "of them in localStorage", "persistent", "localStorage used, million characters"),
                rows, "outbox-growth.html, " + GROWTH_PAGE_LOADS + " page loads per size, " + GROWTH_SAMPLES + " samples "
                        + "each: the median of the " + GROWTH_PAGE_LOADS * GROWTH_SAMPLES + ", the middle half of them in "
                        + "brackets. The page first warms the "
                        + "JIT up with a runtime that answers 2,000 times, so every size is timed on compiled code, and "
                        + "clears localStorage. Then it launches the measured runtime, waits until \"started\" is "
                        + "confirmed, dispatches the window's offline event (the runtime stops sending until online), "
                        + "answers the choice question until the wanted number of statements waits in the outbox, and "
                        + "times one more runtime.answer() per turn of the event loop: judge, build, serialize, write to "
                        + "localStorage, schedule. The timer is performance.now() in a cross-origin isolated page (5 µs). "
                        + "*Of them in "
                        + "localStorage* and *persistent* (status().persistent) say whether the outbox still fits the "
                        + "browser's storage at that size; when a write is refused the runtime keeps the statements in "
                        + "memory and later writes are skipped."));
    }

    @Test
    @Order(5)
    void fullAttempt() throws Exception {
        LearningLocker lrs = LearningLocker.shared();
        Traffic.Count batched;
        Traffic.Count onePerRequest;
        double heapOpened;
        double heapFinished;
        try (FaultyFront front = new FaultyFront(lrs.endpoint());
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(front.endpoint(),
                     LearningLocker.LOGIN, LearningLocker.PASSWORD));
             ChromiumBrowser chromium = browser()) {
            chromium.driver.get(course.url());
            chromium.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'"
                    + " && courseRuntime.status().confirmed >= 3", 20_000);
            heapOpened = heap(chromium);
            ScriptedLearner learner = new ScriptedLearner(chromium);
            DemoCoursePlayer.answerEverythingRight(learner);
            learner.click("#finish");
            chromium.waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().confirmed === "
                    + DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS, 30_000);
            batched = front.traffic().count();
            heapFinished = heap(chromium);

            front.traffic().reset();
            chromium.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Object replayed = chromium.driver.executeAsyncScript(
                    Files.readString(PeerInstall.DIRECTORY.resolve("one-statement-per-request.js")),
                    front.endpoint(), basicAuthorization(LearningLocker.LOGIN, LearningLocker.PASSWORD));
            onePerRequest = front.traffic().count();
            if (!Long.valueOf(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS).equals(replayed)) {
                throw new IllegalStateException("The replay one statement per request failed: " + replayed);
            }
            Object actor = chromium.js("return courseRuntime.confirmedStatements()[0].actor;");
            int stored = lrs.statementsOf(actor).size();
            if (stored != 2 * DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS) {
                throw new IllegalStateException("Learning Locker holds " + stored + " statements of the learner, not "
                        + 2 * DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS);
            }
        }
        int statements = DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS;
        REPORT.add(new Report.Section("LRS load of a full attempt", "fullAttempt", List.of("sending", "statements",
                        "statement requests", "CORS preflights", "bytes sent (request lines, headers, bodies)", "body bytes",
                        "State API requests, apart"),
                List.of(loadRow("ours, batched", statements, batched), loadRow("one statement per request", statements,
                        onePerRequest)),
                "One learner goes through the whole demo course in Chromium (DemoCoursePlayer: every page, every question "
                        + "answered right, then Finish), the course published for Learning Locker's statement service "
                        + "(npm @learninglocker/xapi-statements, the real LRS of the end-to-end tests) behind a counting "
                        + "front on 127.0.0.1 (FaultyFront's traffic): " + statements + " statements. The learner's "
                        + "clicks, typing and choices are made by scripts in the page (ScriptedLearner), each its own "
                        + "task as a real click is. *Ours*: what the "
                        + "runtime sent, batching what each click makes. *One statement per request*: the same "
                        + statements + " statements (courseRuntime.confirmedStatements(), each with a new id so the LRS "
                        + "stores it again), replayed from the same page by one-statement-per-request.js, each POSTed "
                        + "alone as a JSON object, one after the other, as a course template that posts every statement "
                        + "on its own does (Easygenerator's, per issue 7). Learning Locker is checked to hold both sets. "
                        + "Chromium reuses a CORS preflight for 5 s when the LRS sends no Access-Control-Max-Age, as here; "
                        + "a learner taking minutes pays one preflight per request in either case. The runtime's State API "
                        + "requests (its saved attempt: Learning Locker's statement service has no State API, and its 404 "
                        + "carries no CORS headers, so the browser sees no answer and the runtime reads again, 6 times at "
                        + "most) are counted apart and in no other column; those of the second row are the runtime's, "
                        + "made while the replay ran."));
        REPORT.add(new Report.Section("Memory", "fullAttempt", List.of("the demo course's page (ours)", "JS heap, MiB"),
                List.of(List.of("after the full attempt above", Report.decimal(heapFinished / 1_048_576, 2)),
                        List.of("once opened (\"started\" confirmed), for comparison", Report.decimal(heapOpened / 1_048_576, 2))),
                "performance.memory.usedJSHeapSize right after gc() (Chromium started with --js-flags=--expose-gc and "
                        + "--enable-precise-memory-info), in the course page of the attempt above: the page's own script, "
                        + "the runtime with its state, and the bytecode of what ran. The learner acts through scripts in "
                        + "the page (ScriptedLearner) because WebDriver's element commands leave references in the page's "
                        + "heap (3 MiB more over this attempt when we tried). What each library adds to the heap, loaded "
                        + "and after one statement, is in the start-up table."));
    }

    private static List<String> loadRow(String sending, int statements, Traffic.Count count) {
        return List.of(sending, String.valueOf(statements), Report.bytes(count.requests() - count.preflights()),
                Report.bytes(count.preflights()), Report.bytes(count.bytes()), Report.bytes(count.bodyBytes()),
                Report.bytes(count.stateRequests()));
    }

    private static String costLabel(String run) {
        return switch (run) {
            case "ours" -> Library.OURS.label;
            case "ours-in-memory" -> Library.OURS.label + ", storage refused";
            default -> List.of(Library.values()).stream().filter(library -> library.id.equals(run)).findFirst()
                    .orElseThrow().label;
        };
    }

    private static String kept(Object kept) {
        if (!(kept instanceof Map<?, ?> outbox)) {
            return "nothing";
        }
        return Report.bytes(number(outbox, "statements")) + " queued, " + Report.bytes(number(outbox, "stored"))
                + " in localStorage";
    }

    private static double heap(ChromiumBrowser chromium) {
        return ((Number) chromium.js("window.gc(); return performance.memory.usedJSHeapSize;")).doubleValue();
    }

    private static String basicAuthorization(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean loadedTheChecker(ChromiumBrowser chromium) {
        return (Boolean) chromium.js("return performance.getEntriesByType('resource')"
                + ".some(function (entry) { return entry.name.endsWith('/course-check.js'); });");
    }

    /** A start-up page for a learner's first visit: localStorage empty before and after. */
    private static Map<?, ?> startUpPage(ChromiumBrowser chromium, BenchSite site, String page) throws Exception {
        Map<?, ?> figures = BenchPage.run(chromium, site.url(page), PAGE_TIMEOUT);
        chromium.js("localStorage.clear();");
        return figures;
    }

    /**
     * A bench site whose pages carry the publisher's stamp of the texts ours is launched with (the texts name the
     * site's origin, so they are read from a page of it), as the page of a published course does.
     */
    private static BenchSite stampedSite(ChromiumBrowser chromium) throws Exception {
        BenchSite site = new BenchSite();
        chromium.driver.get(site.url("texts.html"));
        List<?> texts = (List<?>) chromium.js("return [AnsweredQuestion.courseDefinition(), AnsweredQuestion.publishSettings()];");
        site.stamp(PublishStamp.of((String) texts.get(0), (String) texts.get(1)));
        return site;
    }

    private static ChromiumBrowser browser() throws Exception {
        ChromiumBrowser chromium = new ChromiumBrowser("--js-flags=--expose-gc", "--enable-precise-memory-info");
        chromiumVersion = chromium.driver.getCapabilities().getBrowserVersion();
        return chromium;
    }

    private static Map<Library, List<Double>> samplesBy(List<Library> libraries) {
        Map<Library, List<Double>> samples = new EnumMap<>(Library.class);
        libraries.forEach(library -> samples.put(library, new ArrayList<>()));
        return samples;
    }

    /** {@code items} starting at index {@code by} (modulo its size): each library takes its turn at going first. */
    private static <T> List<T> rotated(List<T> items, int by) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(items.get((i + by) % items.size()));
        }
        return out;
    }

    private static Report.Machine machine() throws Exception {
        return new Report.Machine(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                Runtime.getRuntime().availableProcessors() + " cores" + cpuModel(), osName(), chromiumVersion,
                output("node", "--version"), System.getProperty("java.version"));
    }

    private static String cpuModel() throws Exception {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "";
        }
        return Files.readAllLines(cpuinfo).stream().filter(line -> line.startsWith("model name")).findFirst()
                .map(line -> " (" + line.substring(line.indexOf(':') + 1).trim() + ")").orElse("");
    }

    private static String osName() throws Exception {
        Path release = Path.of("/etc/os-release");
        String name = System.getProperty("os.name");
        if (Files.isReadable(release)) {
            name = Files.readAllLines(release).stream().filter(line -> line.startsWith("PRETTY_NAME="))
                    .map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", "")).findFirst().orElse(name);
        }
        return name + ", Linux " + System.getProperty("os.version");
    }

    private static String output(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor(30, TimeUnit.SECONDS);
        return text;
    }
}
