package be.contractflow.browser;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.support.Api;
import be.contractflow.support.DueJobs;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.QuoteToAcceptance;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The auditor in a real (headless) Chromium (issue 15): signs in through the web apps' login,
 * finds a finished WJA contract by its client's name, sees the order's path on its BPMN diagram
 * and the late-interest line of an overdue invoice with its clause and terms version, exports
 * the CSV; no write action anywhere on the page. Runs with {@code ./mvnw verify -Pbrowser}; the
 * screenshot of the view is {@code docs/audit-view.png}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditBrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final Path SCREENSHOTS = Path.of("target", "browser");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired LedgerFixtures ledger;
  @Autowired ClientRepository clients;
  @Autowired PaymentService payments;
  @Autowired ManagementService management;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.open(1400, 1800);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      screenshot("audit-last-page");
      browser.quit();
    }
    ClockUtil.reset();
  }

  @Test
  void auditor_finds_a_finished_contract_by_client_name_and_reads_its_path_interest_and_terms()
      throws Exception {
    // a WJA website, quoted, signed and confirmed over the API; its order process has ended
    today(LocalDate.of(2026, 3, 2));
    var flow = new QuoteToAcceptance(http);
    String clientId = flow.client("PROFESSIONAL");
    String clientName = clients.require(clientId).name();
    var quote = flow.quote(clientId, "wja", "4000.00", LocalDate.of(2026, 3, 2));
    runJobsOn(LocalDate.of(2026, 3, 2));
    runJobsOn(LocalDate.of(2026, 3, 4));
    var signed = Api.post(http, "sales", "/api/quotes/" + quote.quoteNumber() + "/signature",
        "{\"date\": \"2026-03-04\"}");
    assertThat(signed.getStatusCode().value()).as("%s", signed.getBody()).isEqualTo(202);
    runJobsOn(LocalDate.of(2026, 3, 4));
    String deposit = Api.read(http, "/api/contracts/" + quote.contractNumber() + "/invoices")
        .get(0).get("number").asText();
    payments.record(new PaymentCommand(deposit, new BigDecimal("2420.00"),
        LocalDate.of(2026, 3, 4), "bank " + deposit, "accounting"));
    runJobsOn(LocalDate.of(2026, 3, 5));
    // an extra invoice left unpaid: overdue by June, with WJA-10b interest
    Contract contract = new Contract(quote.contractNumber(), quote.quoteNumber(), clientId, "wja",
        be.contractflow.ledger.ContractKind.PROJECT, null, false, null, null, null);
    String extra = ledger.invoice(contract, InvoiceKind.INTERIM, "WJA-2", "500.00").number();
    runJobsOn(LocalDate.of(2026, 6, 10));

    signIn("auditor");
    browser.get(url("/audit/"));
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    search.sendKeys(clientName);
    browser.findElement(By.cssSelector("#search-form button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"),
        quote.contractNumber()));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract-title"),
        quote.contractNumber()));

    // the order's path on its diagram: the steps done are marked, the signature task too
    wait.until(driver -> !driver.findElements(
        By.cssSelector("#processes .diagram .djs-element.cf-done")).isEmpty());
    WebElement order = browser.findElements(By.cssSelector("#processes .process")).stream()
        .filter(p -> p.findElement(By.tagName("h4")).getText().startsWith("Order"))
        .findFirst().orElseThrow();
    assertThat(order.getText()).contains("COMPLETED");
    assertThat(order.findElements(By.cssSelector(
        ".djs-element.cf-done[data-element-id='Task_RecordClientSignature']"))).hasSize(1);
    assertThat(order.findElements(By.cssSelector(".djs-overlays")).stream()
        .map(WebElement::getText)).anySatisfy(text -> assertThat(text).contains("sales"));

    // the interest line of the overdue invoice, with its clause and the terms version
    WebElement amounts = browser.findElement(By.id("amounts"));
    assertThat(amounts.getText()).contains(extra).contains("overdue");
    WebElement interest = amounts.findElements(By.cssSelector(".amount-lines tr")).stream()
        .filter(row -> row.getText().startsWith("WJA-10b")).findFirst().orElseThrow();
    assertThat(interest.getText()).contains("termsVersion=terms-payment v");
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    screenshot("audit-view");

    // no write action anywhere: the page's only form posts a file to compare, nothing else
    assertThat(browser.findElements(By.cssSelector("button")).stream().map(WebElement::getText))
        .containsExactlyInAnyOrder("Find", "Check");
    assertThat(browser.findElements(By.tagName("form"))).hasSize(2);
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain("Complete", "Claim", "Delete", "Edit", "Save");

    // the CSV export, fetched with the browser's session as a download would be
    String csvUrl = browser.findElement(By.id("export-csv")).getDomAttribute("href");
    String csv = get(url(csvUrl));
    assertThat(csv).contains("sequence,at,kind,name").contains("TERMS_PINNED")
        .contains(quote.quoteNumber()).contains("\"sales\"");
    Files.createDirectories(SCREENSHOTS);
    Files.writeString(SCREENSHOTS.resolve("audit-export.csv"), csv);
  }

  private void signIn(String user) {
    browser.get(url("/camunda/app/welcome/default/#!/login"));
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account .dropdown-toggle")));
  }

  /** GET with the browser's session cookie. */
  private String get(String target) throws Exception {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(target))
        .header("Cookie", "JSESSIONID=" + session.getValue()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private String url(String path) {
    return path.startsWith("http") ? path : "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private void runJobsOn(LocalDate date) {
    today(date);
    DueJobs.run(management, DueJobs.all());
  }
}
