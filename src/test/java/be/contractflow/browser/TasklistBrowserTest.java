package be.contractflow.browser;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.Quote;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.DiagramLayoutTest;
import be.contractflow.process.delivery.DeliveryVariables;
import be.contractflow.process.order.QuoteService;
import be.contractflow.process.payment.PaymentVariables;
import be.contractflow.process.subscription.SubscriptionFixtures;
import be.contractflow.support.DueJobs;
import be.contractflow.support.LedgerFixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * What an accounting clerk sees in Camunda Tasklist, in a real (headless) Chromium: the WJA-11
 * suspension task of an overdue invoice, its Camunda Form showing the invoice, the client and the
 * clause, completed with a click; and a sales user who does not see it. Needs Debian's
 * {@code chromium} and {@code chromedriver} ({@code CHROME_BIN}, {@code CHROMEDRIVER} override the
 * paths); runs with {@code ./mvnw verify -Pbrowser}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistBrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final Path SCREENSHOTS = Path.of("target", "browser");
  private static final String NO_TASK = "No task matching filters found.";

  @LocalServerPort int port;
  @Autowired LedgerFixtures ledger;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ContractRepository contracts;
  @Autowired NoticeService notices;
  @Autowired QuoteService quotes;
  @Autowired be.contractflow.ledger.QuoteRepository quoteLedger;
  @Autowired InvoiceRepository invoices;
  @Autowired SubscriptionFixtures subscriptions;
  @Autowired TestRestTemplate http;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.open(1400, 1000);
  }

  @AfterEach
  void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
    if (browser != null) {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve("last-page-" + test.getTestMethod().orElseThrow().getName() + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      browser.quit();
    }
    ClockUtil.reset();
  }

  @Test
  void WJA_11_accounting_suspends_an_overdue_client_from_the_task_form_in_Tasklist() throws Exception {
    today(LocalDate.of(2026, 3, 2)); // WJA: due on the invoice date ("au grand comptant")
    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    Contract contract = ledger.contract("wja", ContractKind.PROJECT, client);
    Invoice invoice = ledger.invoice(contract, InvoiceKind.BALANCE, "TEST", "1000.00");
    runJobsOn(LocalDate.of(2026, 3, 3)); // the first day late: WJA-11 suspension task

    logIn("sales");
    assertThat(taskListText()).as("the suspension is not a sales task")
        .doesNotContain("Suspend services for non-payment");
    assertThat(pageText()).as("sales sees its own filter only")
        .contains("Sales tasks").doesNotContain("Accounting tasks");
    logOut();

    logIn("accounting");
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., 'Suspend services for non-payment')"
            + " and contains(., '" + invoice.number() + "')]")))
        .click();
    wait.until(driver -> fieldValue("Field_InvoiceNumber") != null);
    screenshot("wja-11-suspension-form");

    assertThat(fieldValue("Field_InvoiceNumber")).isEqualTo(invoice.number());
    assertThat(fieldValue("Field_ContractNumber")).isEqualTo(contract.number());
    assertThat(fieldValue("Field_SuspensionClause")).contains("WJA-11");
    assertThat(formText()).contains(client.name(), client.email(), "02/03/2026", "€ 1.210,00")
        .doesNotContain("/api/", "SUSPENSION_NOTICE", "2026-03-02");

    claim(wait);
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space()='Complete']")));
    // the form is taller than the window and Tasklist's fixed footer covers the bottom of the
    // task pane: bring the button to the middle, as the clerk scrolls before clicking
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", complete);
    complete.click();
    // other tests' invoices share the database: this invoice's suspension card leaves the list
    wait.until(driver -> taskListText() != null && driver.findElements(By.xpath(
        "//*[contains(@class,'tasks-list')]//li[contains(., 'Suspend services for non-payment')"
            + " and contains(., '" + invoice.number() + ",')]")).isEmpty());
    assertThat(openSuspensionTasks(invoice)).isEmpty();
    assertThat(history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(invoice.number())
        .taskDefinitionKey(PaymentVariables.TASK_DECIDE_SUSPENSION).singleResult().getAssignee())
        .as("claimed and completed by the clerk").isEqualTo("accounting");

    runJobsOn(LocalDate.of(2026, 3, 3));
    assertThat(contracts.require(contract.number()).suspended()).isTrue();
    assertThat(notices.forInvoice(invoice.number()))
        .anyMatch(notice -> notice.type() == NoticeType.SUSPENSION_NOTICE);
  }

  @Test
  void sales_picks_the_signature_task_from_the_card_naming_the_client_and_completes_it() throws Exception {
    today(LocalDate.of(2026, 3, 2));
    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var quote = quotes.issue(new QuoteService.NewQuote(client.id(), "wja", ContractKind.PROJECT, null,
        List.of(new Quote.Line("Website", BigDecimal.ONE, new BigDecimal("2700.00"))), null, null, null, null));
    runJobsOn(LocalDate.of(2026, 3, 2));

    logIn("sales");
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    By card = By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]"
        + "[contains(., '" + quote.quoteNumber() + "')]");
    WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(card));
    assertThat(browser.getCurrentUrl()).as("the list opens most urgent first")
        .contains("sorting=").contains("dueDate");
    assertThat(found.getText()).contains("Record the client's signature — " + client.name() + ", "
        + quote.quoteNumber() + ", € 2.700,00");
    screenshot("task-card-signature");
    found.findElement(By.cssSelector("a")).click();
    wait.until(driver -> fieldValue("Field_QuoteNumber") != null
        && formText().contains(client.name()));
    assertThat(formText()).contains(client.email(), "€ 2.700,00 excl. VAT", "BON POUR ACCORD")
        .doesNotContain("/api/");
    claim(wait);
    typeDate("Field_SignedDate", "02/03/2026");
    choose("Field_SignatureChannel", "Post");
    pick("Field_ConcludedAt", "At a distance");
    screenshot("form-signature");
    complete(wait);
    wait.until(driver -> taskListText() != null && driver.findElements(By.xpath(
        "//*[contains(@class,'tasks-list')]//li[contains(., '" + quote.quoteNumber() + ",')]")).isEmpty());
    assertThat(quoteLedger.require(quote.quoteNumber()).signedDate())
        .as("dd/mm/yyyy typed, 2 March kept").isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void accounting_records_a_payment_from_start_process() throws Exception {
    today(LocalDate.of(2026, 3, 2));
    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    Contract contract = ledger.contract("virtura", ContractKind.PROJECT, client);
    Invoice invoice = ledger.invoice(contract, InvoiceKind.BALANCE, "TEST", "1000.00");

    logIn("accounting");
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Start process')]"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'modal')]//a[normalize-space()='Record payment']"))).click();
    wait.until(driver -> !driver.findElements(By.cssSelector("[id$='Field_Amount']")).isEmpty());
    typeInto("Field_InvoiceNumber", invoice.number());
    typeInto("Field_Amount", "250.5");
    typeDate("Field_PaymentDate", "02/03/2026");
    screenshot("start-form-record-payment");
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'modal')]//button[normalize-space()='Start']"))).click();
    wait.until(driver -> invoices.require(invoice.number()).paid().compareTo(new BigDecimal("250.50")) == 0);
    screenshot("start-form-record-payment-done");
  }

  @Test
  void WJA_12_accounting_opens_the_formal_notice_pdf_from_its_task_and_enters_the_posting_date() throws Exception {
    today(LocalDate.of(2026, 3, 2));
    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    Contract contract = ledger.contract("wja", ContractKind.PROJECT, client);
    Invoice invoice = ledger.invoice(contract, InvoiceKind.BALANCE, "TEST", "1000.00");
    runJobsOn(LocalDate.of(2026, 3, 3)); // first day late: formal notice to post (WJA-12)

    logIn("accounting");
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'tasks-list')]"
        + "//li[contains(., 'Post formal notice') and contains(., '" + invoice.number() + "')]//a"))).click();
    WebElement letter = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//a[normalize-space()='open the letter (PDF)']")));
    String href = letter.getDomAttribute("href");
    assertThat(href).startsWith("/documents/notices/");
    Object served = ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'})"
            + ".then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '"
            + " + new TextDecoder().decode(new Uint8Array(b).slice(0, 5)))))"
            + ".catch(e => done('error ' + e));", href);
    assertThat(served).as("the letter, to the clerk's web-app session").asString()
        .startsWith("200 application/pdf %PDF-");
    screenshot("form-formal-notice");

    claim(wait);
    typeDate("Field_PostedOn", "03/03/2026");
    complete(wait);
    wait.until(driver -> taskListText() != null && driver.findElements(By.xpath(
        "//*[contains(@class,'tasks-list')]//li[contains(., 'Post formal notice')"
            + " and contains(., '" + invoice.number() + ",')]")).isEmpty());
    assertThat(notices.forInvoice(invoice.number()))
        .filteredOn(notice -> notice.type() == NoticeType.FORMAL_NOTICE)
        .singleElement().satisfies(notice -> assertThat(notice.sentAt().toLocalDate())
            .as("the posting date typed as 03/03/2026").isEqualTo(LocalDate.of(2026, 3, 3)));

    logOut();
    browser.get("http://localhost:" + port + href);
    assertThat(pageText()).as("signed out: no document").contains("Sign in to Tasklist");
  }

  @Test
  void sales_next_signature_task_renders_its_form_after_an_owner_deploys_order_bpmn_alone() throws Exception {
    today(LocalDate.of(2026, 3, 2));
    String changed = Files.readString(Path.of("bpmn", "order.bpmn"))
        .replaceFirst("camunda:versionTag=\"[^\"]*\"", "camunda:versionTag=\"modeler-browser\"");
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "order from Modeler");
    body.add("order.bpmn", new ByteArrayResource(changed.getBytes()) {
      @Override
      public String getFilename() {
        return "order.bpmn";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var deployed = http.withBasicAuth("owner", "owner").exchange("/engine-rest/deployment/create",
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);

    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var quote = quotes.issue(new QuoteService.NewQuote(client.id(), "wja", ContractKind.PROJECT, null,
        List.of(new Quote.Line("Website", BigDecimal.ONE, new BigDecimal("900.00"))), null, null, null, null));
    runJobsOn(LocalDate.of(2026, 3, 2));

    logIn("sales");
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'tasks-list')]"
        + "//li[contains(., '" + quote.quoteNumber() + "')]//a"))).click();
    wait.until(driver -> fieldValue("Field_QuoteNumber") != null);
    assertThat(pageText()).doesNotContain("Form failure");
    assertThat(fieldValue("Field_QuoteNumber")).isEqualTo(quote.quoteNumber());
    screenshot("form-signature-after-modeler-deployment");
  }

  @Test
  void cockpit_shows_the_timer_a_running_maintenance_contract_waits_on() throws Exception {
    String contract = subscriptions.confirmed("debruijne", ContractKind.MAINTENANCE, "120.00",
        Period.MONTHLY, LocalDate.of(2026, 3, 2));
    String instance = subscriptions.subscription(contract).getId();

    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/login");
    // Cockpit's bundle is the largest of the web apps: the first load on a busy machine is slow
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE.multipliedBy(2));
    wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("input[ng-model='username']"))).sendKeys("owner");
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("owner");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account .dropdown-toggle")));
    assertThat(pageText()).doesNotContain("migrate to Camunda 8");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/"
        + instance + "/runtime");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
    // the token badge Cockpit puts on each activity an instance waits at
    wait.until(driver -> !driver.findElements(By.cssSelector(".djs-overlay .badge")).isEmpty());
    String waitingOn = (String) ((JavascriptExecutor) browser).executeScript(
        "return Array.from(document.querySelectorAll('.djs-overlay .badge'))"
            + ".map(b => b.closest('.djs-overlays').getAttribute('data-container-id')).join(',');");
    screenshot("cockpit-subscription-waiting");
    assertThat(waitingOn).as("the activities holding a token").contains("Timer");
  }

  @Test
  void a_process_owner_reads_every_model_at_cockpits_fit_to_screen()
      throws Exception {
    browser.quit();
    browser = HeadlessChromium.open(1920, 1080);
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE.multipliedBy(2));
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/login");
    wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("input[ng-model='username']"))).sendKeys("owner");
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("owner");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account .dropdown-toggle")));
    var scales = new java.util.LinkedHashMap<String, Double>();
    var overlaps = new java.util.LinkedHashMap<String, List<String>>();
    for (String key : List.of(DeliveryVariables.PROCESS_KEY, DeliveryVariables.WINDOWS_PROCESS_KEY,
        "payment", "order", "subscription", "change-request", "termination", "e-invoice")) {
      String definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult().getId();
      browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/"
          + definition + "/runtime");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
      wait.until(driver -> !driver.findElements(By.cssSelector(".djs-element")).isEmpty());
      // as a process owner reads a whole model: the diagram maximised (the side panel folded),
      // then "reset zoom" (bpmn-js fits the diagram into the pane)
      double before = canvasScale();
      String paneBefore = paneSize();
      boolean maximised = clickIfShown("a.maximize-collapsable");
      boolean folded = clickIfShown("a.hide-collapsable.pull-right");
      // "reset zoom" fits the pane as it is at the click: wait for the maximised pane first (on a
      // loaded machine the click could otherwise fit the diagram into the pane not yet maximised)
      if (maximised || folded) {
        try {
          new WebDriverWait(browser, Duration.ofSeconds(20))
              .until(driver -> !paneSize().equals(paneBefore));
        } catch (org.openqa.selenium.TimeoutException keptItsSize) {
          // the pane was already as large as it gets
        }
      }
      String[] lastPane = {""};
      new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
          .until(driver -> {
            String now = paneSize();
            boolean settled = now.equals(lastPane[0]);
            lastPane[0] = now;
            return settled;
          });
      browser.findElement(By.cssSelector("button[title='reset zoom']")).click();
      try {
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(driver -> canvasScale() > before + 0.01);
      } catch (org.openqa.selenium.TimeoutException unchanged) {
        // already fitted (a small model stays at 1): the assertion below says what it is
      }
      double scale = canvasScale();
      screenshot("cockpit-" + key + "-fit-to-screen");
      System.out.println("cockpit fit-to-screen: " + key + " scale=" + scale);
      scales.put(key, scale);
      List<String> drawn = drawnOverlaps();
      drawn.forEach(overlap -> System.out.println("cockpit drew in " + key + ": " + overlap));
      overlaps.put(key, drawn);
      Files.write(SCREENSHOTS.resolve("cockpit-" + key + "-drawn.tsv"), drawnBoxes());
    }
    // the same readable scale as DiagramLayoutTest, which reads the DI bounds
    assertThat(scales).as("Cockpit's fit-to-screen, diagram maximised")
        .allSatisfy((key, scale) -> assertThat(scale).as(key)
            .isGreaterThanOrEqualTo(DiagramLayoutTest.READABLE_SCALE));
    // what the owner reads: bpmn-js lays an external label's text out itself (wrapped at 90 px),
    // so only the drawn text tells whether it runs into a shape or another label
    assertThat(overlaps).as("labels Cockpit drew over another label or a shape")
        .allSatisfy((key, drawn) -> assertThat(drawn).as(key).isEmpty());
  }

  /**
   * Tolerance of the overlap measurement, in diagram px: a line's box reaches a pixel or two above
   * and below its glyphs, so boxes touching by that much hide nothing.
   */
  private static final double TOUCHING = 2;

  /**
   * The overlaps on the diagram Cockpit shows: each line of every label's drawn text (external
   * labels of events, gateways and flows, and the names inside tasks) against every other label's
   * lines, every shape that is not a container holding it (an expanded sub-process, a pool; for a
   * task's name, every shape but the task: a boundary event on its border) and, inside a task,
   * against the task's type icon when it covers letters. In diagram px, whatever the
   * zoom. The boxes measured are left in {@code target/browser/cockpit-<key>-drawn.tsv}.
   */
  @SuppressWarnings("unchecked")
  private List<String> drawnOverlaps() {
    return (List<String>) ((JavascriptExecutor) browser).executeScript(DRAWN_OVERLAPS, TOUCHING);
  }

  /** The boxes {@link #drawnOverlaps()} measured, one tab-separated line each, to look into a failure. */
  @SuppressWarnings("unchecked")
  private List<String> drawnBoxes() {
    return (List<String>) ((JavascriptExecutor) browser).executeScript("return window.__drawnBoxes;");
  }

  private static final String DRAWN_OVERLAPS = """
      const touching = arguments[0];
      const canvas = document.querySelector('.djs-container svg');
      const toDiagram = canvas.querySelector('.viewport').getScreenCTM().inverse();
      const box = (node) => {
        const r = node.getBoundingClientRect();
        const a = new DOMPoint(r.left, r.top).matrixTransform(toDiagram);
        const b = new DOMPoint(r.right, r.bottom).matrixTransform(toDiagram);
        return {x: a.x, y: a.y, right: b.x, bottom: b.y};
      };
      const lines = (text) => {
        const spans = Array.from(text.querySelectorAll('tspan')).filter(t => t.textContent.trim());
        return (spans.length ? spans : [text]).map(box).filter(b => b.right > b.x);
      };
      const over = (a, b) => a.x + touching < b.right && b.x + touching < a.right
          && a.y + touching < b.bottom && b.y + touching < a.bottom;
      const inside = (a, b) => b.x <= a.x && b.y <= a.y && a.right <= b.right && a.bottom <= b.bottom;
      const shapes = [];
      const labels = [];
      const icons = [];
      for (const element of canvas.querySelectorAll('.djs-element.djs-shape')) {
        const id = element.getAttribute('data-element-id');
        const visual = element.querySelector(':scope > .djs-visual');
        if (!visual) continue;
        const text = visual.querySelector(':scope > text');
        const words = text ? text.textContent.trim() : '';
        if (id.endsWith('_label')) {
          if (words) labels.push({owner: id.slice(0, -'_label'.length), words, lines: lines(text)});
          continue;
        }
        const children = element.parentNode.querySelector(':scope > .djs-children');
        const container = !!children && !!children.querySelector('.djs-element');
        const outline = visual.querySelector(':scope > rect, :scope > circle, :scope > polygon');
        const shape = {owner: id, box: box(outline || visual), container};
        shapes.push(shape);
        if (words && !container) {
          const taskLines = lines(text);
          labels.push({owner: id, words, lines: taskLines, inner: true});
          for (const path of visual.querySelectorAll(':scope > path')) {
            const icon = box(path);
            if (icon.bottom < shape.box.y + 40 && icon.right < shape.box.x + 40) {
              icons.push({owner: id, box: icon, lines: taskLines, words});
            }
          }
        }
      }
      const quote = (words) => '"' + (words.length > 40 ? words.slice(0, 39) + '…' : words) + '"';
      const found = [];
      labels.forEach((label, i) => {
        const name = 'label of ' + label.owner + ' ' + quote(label.words);
        for (const other of labels.slice(i + 1)) {
          if (label.lines.some(a => other.lines.some(b => over(a, b)))) {
            found.push(name + ' over label of ' + other.owner + ' ' + quote(other.words));
          }
        }
        for (const shape of shapes) {
          if (label.inner && (shape.owner === label.owner || shape.container)) continue;
          if (label.lines.some(a => over(a, shape.box)
              && !(shape.container && inside(a, shape.box)))) {
            // a task's name is drawn first: a boundary event on its border hides it
            found.push(name + (label.inner ? ' under ' : ' over ') + shape.owner);
          }
        }
      });
      // a sequence flow drawn through a label's text: its segments against every line of every
      // label but its own (waypoints in diagram px, as bpmn-js draws them)
      const crosses = (p, q, b) => {
        const x1 = Math.min(p.x, q.x), x2 = Math.max(p.x, q.x);
        const y1 = Math.min(p.y, q.y), y2 = Math.max(p.y, q.y);
        if (x2 <= b.x + touching || b.right - touching <= x1
            || y2 <= b.y + touching || b.bottom - touching <= y1) return false;
        if (p.x === q.x || p.y === q.y) return true; // bpmn-js routes flows straight, mostly
        for (let t = 0; t <= 1; t += 0.02) {
          const x = p.x + (q.x - p.x) * t, y = p.y + (q.y - p.y) * t;
          if (b.x + touching < x && x < b.right - touching
              && b.y + touching < y && y < b.bottom - touching) return true;
        }
        return false;
      };
      for (const element of canvas.querySelectorAll('.djs-element.djs-connection')) {
        const id = element.getAttribute('data-element-id');
        const path = element.querySelector(':scope > .djs-visual > path');
        if (!path) continue;
        const points = Array.from(path.getAttribute('d').matchAll(/(-?[\\d.]+)[ ,](-?[\\d.]+)/g))
            .map(m => ({x: parseFloat(m[1]), y: parseFloat(m[2])}));
        for (const label of labels) {
          if (label.owner === id || label.inner) continue;
          for (let k = 1; k < points.length; k++) {
            if (label.lines.some(b => crosses(points[k - 1], points[k], b))) {
              found.push('label of ' + label.owner + ' ' + quote(label.words) + ' crossed by ' + id);
              break;
            }
          }
        }
      }
      // the icon covers a letter when it reaches over half a line's height; its corner touching
      // the line's leading, above the letters, hides nothing
      const covers = (icon, line) => icon.x + touching < line.right && line.x + touching < icon.right
          && Math.min(icon.bottom, line.bottom) - Math.max(icon.y, line.y) > (line.bottom - line.y) / 2;
      for (const icon of icons) {
        if (icon.lines.some(a => covers(icon.box, a))) {
          found.push('label of ' + icon.owner + ' ' + quote(icon.words) + ' under its icon');
        }
      }
      const fixed = (b) => [b.x, b.y, b.right, b.bottom].map(v => v.toFixed(1)).join('\t');
      window.__drawnBoxes = shapes.map(s => 'shape\t' + s.owner + '\t' + s.container + '\t' + fixed(s.box))
          .concat(labels.flatMap(l => l.lines.map(b => (l.inner ? 'inner' : 'label') + '\t' + l.owner
              + '\t' + JSON.stringify(l.words) + '\t' + fixed(b))))
          .concat(icons.map(c => 'icon\t' + c.owner + '\t\t' + fixed(c.box)));
      return Array.from(new Set(found));
      """;

  /**
   * Clicks the first shown element matching {@code css}, found again when Cockpit re-renders it
   * meanwhile; false when none is shown.
   */
  private boolean clickIfShown(String css) {
    boolean[] clicked = {false};
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(driver -> {
          for (WebElement element : driver.findElements(By.cssSelector(css))) {
            if (element.isDisplayed()) {
              clicked[0] = true;
              element.click();
              return true;
            }
          }
          return "none shown";
        });
    return clicked[0];
  }

  /** The size of Cockpit's diagram pane, as "width×height" px. */
  private String paneSize() {
    return (String) ((JavascriptExecutor) browser).executeScript(
        "const c = document.querySelector('.djs-container');"
            + " return c ? c.clientWidth + 'x' + c.clientHeight : '';");
  }

  /** The zoom of Cockpit's bpmn-js canvas (1 = the model's own size). */
  private double canvasScale() {
    return ((Number) ((JavascriptExecutor) browser).executeScript(
        "return document.querySelector('.djs-container svg .viewport').getCTM().a;")).doubleValue();
  }

  // --- Tasklist ------------------------------------------------------------------------------

  private void logIn(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/login");
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    By username = By.cssSelector("input[ng-model='username']");
    By password = By.cssSelector("input[ng-model='password']");
    wait.until(ExpectedConditions.elementToBeClickable(username));
    // the login page may still be settling (focus moved by Angular): type until both fields
    // hold what was typed, as a person would look before pressing the button
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
      WebElement name = driver.findElement(username);
      WebElement secret = driver.findElement(password);
      name.clear();
      name.sendKeys(user);
      secret.clear();
      secret.sendKeys(user);
      return user.equals(name.getDomProperty("value")) && user.equals(secret.getDomProperty("value"));
    });
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    // the account menu appears once logged in
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account .dropdown-toggle")));
  }

  private void logOut() {
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    browser.findElement(By.cssSelector(".account .dropdown-toggle")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".account .logout a"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']")));
  }

  /** The task list of the selected filter, once loaded: its tasks or Tasklist's "no task" line. */
  private String taskListText() {
    new WebDriverWait(browser, PATIENCE).until(driver ->
        !driver.findElements(By.cssSelector("[cam-tasks] .tasks-list .task")).isEmpty()
            || driver.findElement(By.cssSelector("[cam-tasks]")).getText().contains(NO_TASK));
    return browser.findElement(By.cssSelector("[cam-tasks]")).getText();
  }

  private String pageText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private String formText() {
    return browser.findElement(By.cssSelector(".fjs-form")).getText();
  }

  private void typeInto(String fieldId, String text) {
    WebElement input = browser.findElement(By.cssSelector("[id$='" + fieldId + "']"));
    input.clear();
    input.sendKeys(text);
  }

  /** Types a date the way a Belgian clerk does, day first, and leaves the field. */
  private void typeDate(String fieldId, String ddMmYyyy) {
    WebElement input = browser.findElement(By.cssSelector("input[id*='" + fieldId + "']"));
    assertThat(input.getDomAttribute("placeholder")).as("%s asks for the day first", fieldId)
        .isEqualToIgnoringCase("dd/mm/yyyy");
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", input);
    input.click();
    input.sendKeys(ddMmYyyy);
    input.sendKeys(org.openqa.selenium.Keys.ENTER);
    browser.findElement(By.cssSelector(".fjs-form")).click();
  }

  private void choose(String fieldId, String label) {
    WebElement field = browser.findElement(By.cssSelector("[id$='" + fieldId + "']"));
    WebElement group = field.findElement(By.xpath("ancestor::*[contains(@class,'fjs-form-field')][1]"));
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", group);
    group.findElement(By.cssSelector(".fjs-input-group")).click();
    WebElement item = new WebDriverWait(browser, PATIENCE).until(driver -> group.findElement(
        By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']")));
    // the list opens under the field, behind Tasklist's fixed footer: choose it the way the
    // mouse would once scrolled (mousedown selects in form-js)
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});"
            + "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));", item);
    new WebDriverWait(browser, PATIENCE).until(driver ->
        group.getText().contains(label));
  }

  /** Clicks the radio button of a Camunda Form radio group whose label starts with the text. */
  private void pick(String fieldId, String labelStart) {
    WebElement option = browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field')]"
        + "[.//input[contains(@id,'" + fieldId + "')]]//label[starts-with(normalize-space(), '"
        + labelStart + "')]"));
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", option);
    option.click();
    WebElement radio = option.findElement(By.xpath(".//input | preceding-sibling::input[1]"
        + " | following-sibling::input[1]"));
    new WebDriverWait(browser, PATIENCE).until(driver -> radio.isSelected());
  }

  private void complete(WebDriverWait wait) {
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space()='Complete']")));
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", complete);
    complete.click();
  }

  private void claim(WebDriverWait wait) {
    By claim = By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='Claim']"
        + " | //*[contains(@class,'task-details')]//a[normalize-space()='Claim']");
    wait.until(ExpectedConditions.elementToBeClickable(claim)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
  }

  /** The value shown by a Camunda Form field, found by its id in the form definition. */
  private String fieldValue(String fieldId) {
    List<WebElement> inputs = browser.findElements(By.cssSelector("[id$='" + fieldId + "']"));
    return inputs.isEmpty() ? null : inputs.get(0).getDomProperty("value");
  }

  private void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  // --- engine --------------------------------------------------------------------------------

  private List<Task> openSuspensionTasks(Invoice invoice) {
    return tasks.createTaskQuery().processInstanceBusinessKey(invoice.number())
        .taskDefinitionKey(PaymentVariables.TASK_DECIDE_SUSPENSION).list();
  }

  private void runJobsOn(LocalDate date) {
    today(date);
    DueJobs.run(management, DueJobs.all());
  }
}
