package com.loyaltybatch.launch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.contact.Contact;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.program.ProgramChanges;
import com.loyaltybatch.program.ProgramService;
import com.loyaltybatch.statement.UnsubscribeTokens;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The opt-out page and RFC 8058 one-click on a real server, from the link of a real statement:
 * no key, no login; the signed token is the authority, and anything else changes nothing.
 */
@HttpApiTest
class UnsubscribePageTest {

    static final String ONE_CLICK = "List-Unsubscribe=One-Click";
    static final Pattern LINK = Pattern.compile("<https://loyalty\\.shop\\.example\\.com(/unsubscribe/[^>]+)>");

    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        smtp.register(registry);
        registry.add("loyalty.public-url", () -> "https://loyalty.shop.example.com");
        registry.add("loyalty.statement.unsubscribe.secret", () -> "the secret of the unsubscribe page test");
        registry.add("loyalty.statement.unsubscribe.mailto", () -> "unsubscribe@shop.example.com");
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @Autowired
    ContactService contacts;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    ProgramService program;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void program() {
        testData.reset();
        testData.activeProgram();
    }

    @Test
    void theOneClickPostOfTheStatementsLinkUnsubscribesOnceAndTheNextStatementSkipsTheContact() throws Exception {
        var bob = testData.member("Bob", "Smith", "bob@example.com", "en", true, null);
        assertThat(cli.run("run", "monthly-statement", "period=2026-09").exitCode()).isZero();
        String header = smtp.getReceivedMessages()[0].getHeader("List-Unsubscribe", null);
        assertThat(smtp.getReceivedMessages()[0].getHeader("List-Unsubscribe-Post", null)).isEqualTo(ONE_CLICK);
        Matcher link = LINK.matcher(header);
        assertThat(link.find()).as(header).isTrue();

        var first = post(link.group(1), ONE_CLICK);

        assertThat(first.statusCode()).isEqualTo(200);
        Contact unsubscribed = contacts.get(bob.contactId());
        assertThat(unsubscribed.subscribed()).isFalse();
        assertThat(unsubscribed.unsubscribedDate()).isEqualTo(TestData.NOW);
        assertThat(unsubscribed.unsubscribeSource()).isEqualTo("one-click");
        var again = post(link.group(1), ONE_CLICK);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(contacts.get(bob.contactId())).isEqualTo(unsubscribed);
        JsonNode shown = json.readTree(cli.run("contacts", "show", bob.contactId(), "--format", "json").out());
        assertThat(shown.get("unsubscribeSource").asString()).isEqualTo("one-click");

        var next = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");

        JsonNode result = json.readTree(next.out()).get("result");
        assertThat(result.get("filtered.UNSUBSCRIBED").asLong()).isEqualTo(1);
        assertThat(result.get("sent").asLong()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aOneClickPostAsMultipartFormDataCountsAsOneClick() throws Exception {
        var ada = testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        String body = "--b0undary\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n"
                + "--b0undary--\r\n";

        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/unsubscribe/"
                        + tokens.issue(ada.contactId(), "2026-10")))
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contacts.get(ada.contactId()).unsubscribeSource()).isEqualTo("one-click");
    }

    @Test
    void aGetShowsTheConfirmationPageInTheContactsLanguageAndUnsubscribesNobody() throws Exception {
        var ada = testData.member("Ada", "Lovelace", "ada@example.com", "en-GB", true, null);
        var jurgen = testData.member("Jürgen", "Müller", "juergen@example.de", "de-AT", true, null);
        String token = tokens.issue(ada.contactId(), "2026-10");

        var page = get("/unsubscribe/" + token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");
        assertThat(page.body()).contains("<html lang=\"en\">", "Unsubscribe from Coffee Club",
                "<form method=\"post\" action=\"" + token + "\">", "<button type=\"submit\">Unsubscribe</button>")
                .doesNotContain("http://", "https://", "<script", "ada@example.com");
        var german = get("/unsubscribe/" + tokens.issue(jurgen.contactId(), "2026-10"));
        assertThat(german.body()).contains("<html lang=\"de\">", "Abmelden von Coffee Club", ">Abmelden</button>");
        assertThat(contacts.get(ada.contactId()).subscribed()).isTrue();
        assertThat(contacts.get(jurgen.contactId()).subscribed()).isTrue();
    }

    @Test
    void theButtonOfThePageUnsubscribesWithTheSourcePage() throws Exception {
        var ada = testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        String token = tokens.issue(ada.contactId(), "2026-10");

        var done = post("/unsubscribe/" + token, "");

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("You are unsubscribed").doesNotContain("<form");
        assertThat(contacts.get(ada.contactId()).unsubscribeSource()).isEqualTo("page");
        assertThat(post("/unsubscribe/" + token, "").statusCode()).isEqualTo(200);
        assertThat(get("/unsubscribe/" + token).body()).contains("You are unsubscribed").doesNotContain("<form");
        assertThat(contacts.get(ada.contactId()).unsubscribeSource()).isEqualTo("page");
    }

    @Test
    void forgedAlteredMalformedOrSwappedTokensAre400AndChangeNothing() throws Exception {
        var ada = testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        var bob = testData.member("Bob", "Smith", "bob@example.com", "en", true, null);
        String adas = tokens.issue(ada.contactId(), "2026-10");
        String signature = adas.substring(adas.indexOf('.') + 1);
        String forged = new UnsubscribeTokensForTests("a different secret of at least 32 bytes").issue(bob.contactId());
        String altered = adas.substring(0, adas.length() - 2) + (adas.endsWith("AA") ? "BB" : "AA");
        String swapped = base64(bob.contactId() + ".2026-10") + "." + signature;

        for (String token : new String[] {forged, altered, swapped, "nope", "a.b", "%3Cscript%3E"}) {
            var page = get("/unsubscribe/" + token);
            assertThat(page.statusCode()).as(token).isEqualTo(400);
            assertThat(page.body()).contains("This link is not valid").doesNotContain("<form", "<script>");
            assertThat(post("/unsubscribe/" + token, ONE_CLICK).statusCode()).as(token).isEqualTo(400);
            assertThat(post("/unsubscribe/" + token, "").statusCode()).as(token).isEqualTo(400);
        }
        assertThat(contacts.get(ada.contactId()).subscribed()).isTrue();
        assertThat(contacts.get(bob.contactId()).subscribed()).isTrue();
        assertThat(get("/unsubscribe/nope", "de-DE,de;q=0.9").body()).contains("Dieser Link ist ungültig");
    }

    @Test
    void aValidTokenOfAContactThatIsNotThereIs404() throws Exception {
        String token = tokens.issue("no-such-contact", "2026-10");

        assertThat(get("/unsubscribe/" + token).statusCode()).isEqualTo(404);
        assertThat(post("/unsubscribe/" + token, ONE_CLICK).statusCode()).isEqualTo(404);
    }

    @Test
    void thePageIsNotPartOfTheApiDescriptionWhoseRoutesNeedAKey() throws Exception {
        var docs = json.readTree(get("/v3/api-docs").body());

        assertThat(docs.get("paths").has("/loyalty-programs/v1/program")).isTrue();
        assertThat(docs.get("paths").propertyNames()).noneMatch(path -> path.startsWith("/unsubscribe"));
    }

    @Test
    void thePageEscapesTheProgramName() throws Exception {
        program.update(new ProgramChanges("Tea & <b>Cakes</b>", null, null));
        var ada = testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);

        String body = get("/unsubscribe/" + tokens.issue(ada.contactId(), "2026-10")).body();

        assertThat(body).contains("Unsubscribe from Tea &amp; &lt;b&gt;Cakes&lt;/b&gt;").doesNotContain("<b>Cakes");
    }

    /** Tokens signed with another secret, as a forger would make them. */
    private record UnsubscribeTokensForTests(String secret) {
        String issue(String contactId) {
            try {
                String payload = base64(contactId + ".2026-10");
                var mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return payload + "." + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String languages) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (languages != null) {
            request.header("Accept-Language", languages);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
