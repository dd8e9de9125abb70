package org.courseruntime.demo.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.courseruntime.tools.publish.CoursePublisher;
import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.Cmi5Player;
import org.courseruntime.demo.support.PlayerTraffic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The harness of {@link Cmi5InReferencePlayerTest}, independent of the runtime: what a page sends to the reference
 * cmi5 player while it is being left (a beacon, a keepalive fetch) is seen with the player's answer, as the refusals
 * the scenario tests assert on would be.
 */
@Tag("chromium")
class PlayerTrafficInChromiumTest {
    @Test
    void requestsSentWhileThePageIsLeftAreSeenWithThePlayersAnswer() throws Exception {
        Cmi5Player player = Cmi5Player.shared();
        Path output = Files.createDirectories(Path.of("target/cmi5-player-traffic-course").toAbsolutePath());
        Path zip = CoursePublisher.publish(Path.of("src/main/course"), Path.of("src/main/course/publish-settings.json"), output).published().zip();
        int courseId = Cmi5Player.number(player.importCourse(zip).get("id"));
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("name", "Harness");
        actor.put("account", Map.of("homePage", "https://lms.example.org", "name", "harness-" + UUID.randomUUID()));
        String reg = (String) player.register(courseId, actor).get("code");
        Cmi5Player.Launch launch = player.launch(courseId, reg, actor, Cmi5Player.NORMAL, "http://127.0.0.1:9/back");

        try (PlayerTraffic traffic = new PlayerTraffic(player.url()); ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.get(traffic.route(launch.url()));
            chromium.waitUntil("document.readyState === 'complete'", 20_000);
            String lrs = traffic.url() + "/lrs/statements";
            chromium.js("window.addEventListener('pagehide', function () {"
                    + " navigator.sendBeacon('" + lrs + "?method=POST', new Blob(['content=%5B%5D'],"
                    + "   {type: 'application/x-www-form-urlencoded'}));"
                    + " fetch('" + lrs + "', {method: 'POST', keepalive: true, body: '[]', headers: {'Content-Type':"
                    + "   'application/json', 'Authorization': 'Basic bm8tc3VjaDp0b2tlbg==', 'X-Experience-API-Version': '1.0.3'}});"
                    + "});");
            chromium.driver.navigate().refresh();

            long deadline = System.currentTimeMillis() + 20_000;
            while (pageHideRequests(traffic).size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            System.out.println("[harness] " + traffic.summary());
            List<String> seen = pageHideRequests(traffic).stream().map(e -> e.kind() + " -> " + e.status()).sorted().toList();
            assertEquals(List.of("POST statements (alternate syntax, method=POST) -> 401", "POST statements -> 401"), seen);
        }
    }

    /** The two requests the page sends at pagehide: no session token, so the player cannot have said 200. */
    private static List<PlayerTraffic.Exchange> pageHideRequests(PlayerTraffic traffic) {
        return traffic.exchanges().stream().filter(exchange -> exchange.kind().startsWith("POST statements")
                && exchange.statements() == 0).toList();
    }
}
