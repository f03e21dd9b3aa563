package be.contractflow.security;

import static be.contractflow.security.ContractflowGroups.ACCOUNTING;
import static be.contractflow.security.ContractflowGroups.ADMINS;
import static be.contractflow.security.ContractflowGroups.AUDITORS;
import static be.contractflow.security.ContractflowGroups.PROCESS_OWNERS;
import static be.contractflow.security.ContractflowGroups.PRODUCTION;
import static be.contractflow.security.ContractflowGroups.SALES;

import be.contractflow.process.ContractEventType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call which {@code /api} endpoint (issue 10, item 4): the one place the rights are
 * written, applied by {@link SecurityConfiguration}, quoted by the 403 answers, and the source of
 * the README's table "Roles on /api" (which {@code ApiRolesTest} checks call by call).
 *
 * <ul>
 *   <li>Writes: sales create clients and quotes and record signatures; accounting records payments
 *       and posts {@code INVOICE_CONTEST} (its "Handle invoice complaint" task follows);
 *       production posts every other contract event (the delivery, service and end events whose
 *       tasks it works); process owners move the simulation clock; auditors write nothing.
 *   <li>Reads: every group reads a contract's card, its quote and its client (a task names the
 *       contract it is about); money and correspondence — invoices, what settles one, notices and
 *       their PDFs — are for sales and accounting, who send quotes, invoices, reminders and
 *       registered letters; the timeline (every step, who did it, decisions) is the audit view,
 *       for auditors and process owners, whose Cockpit shows the same history.
 *   <li>Administrators ({@code camunda-admin}) may do everything; anything not listed here is for
 *       them only.
 * </ul>
 */
public final class ApiAccess {

  /** One endpoint (or family of endpoints) and the groups that may call it. */
  public record Rule(HttpMethod method, String pattern, String what, List<String> groups) {

    RequestMatcher matcher() {
      var paths = PathPatternRequestMatcher.withDefaults();
      return method == HttpMethod.GET
          ? new OrRequestMatcher(paths.matcher(HttpMethod.GET, pattern),
              paths.matcher(HttpMethod.HEAD, pattern))
          : paths.matcher(method, pattern);
    }
  }

  private static final List<String> EVERYONE =
      List.of(SALES, PRODUCTION, ACCOUNTING, PROCESS_OWNERS, AUDITORS, ADMINS);
  private static final List<String> MONEY_AND_CORRESPONDENCE =
      List.of(SALES, ACCOUNTING, AUDITORS, ADMINS);

  /** In order: the first rule whose method and pattern match a request decides. */
  public static final List<Rule> RULES = List.of(
      new Rule(HttpMethod.POST, "/api/clients", "create clients", List.of(SALES, ADMINS)),
      new Rule(HttpMethod.POST, "/api/quotes", "issue quotes", List.of(SALES, ADMINS)),
      new Rule(HttpMethod.POST, "/api/quotes/*/signature", "record signatures",
          List.of(SALES, ADMINS)),
      new Rule(HttpMethod.POST, "/api/payments", "record payments", List.of(ACCOUNTING, ADMINS)),
      new Rule(HttpMethod.POST, "/api/contracts/*/events", "post contract events",
          List.of(PRODUCTION, ACCOUNTING, ADMINS)),
      new Rule(HttpMethod.POST, "/api/simulation/clock", "move the simulation clock",
          List.of(PROCESS_OWNERS, ADMINS)),
      new Rule(HttpMethod.GET, "/api/contracts/*/timeline", "read a contract's timeline",
          List.of(PROCESS_OWNERS, AUDITORS, ADMINS)),
      new Rule(HttpMethod.GET, "/api/contracts/*/notices", "read a contract's notices",
          MONEY_AND_CORRESPONDENCE),
      new Rule(HttpMethod.GET, "/api/notices/**", "read notice documents",
          MONEY_AND_CORRESPONDENCE),
      new Rule(HttpMethod.GET, "/api/contracts/*/invoices", "read a contract's invoices",
          MONEY_AND_CORRESPONDENCE),
      new Rule(HttpMethod.GET, "/api/invoices/*/e-invoice", "read Peppol e-invoices",
          MONEY_AND_CORRESPONDENCE),
      new Rule(HttpMethod.GET, "/api/invoices/**", "read invoices", MONEY_AND_CORRESPONDENCE),
      new Rule(HttpMethod.GET, "/api/**", "read contracts, quotes and clients", EVERYONE));

  private ApiAccess() {}

  /** The rule that decides a request, if one is written for it (else: administrators only). */
  public static Optional<Rule> ruleFor(HttpServletRequest request) {
    return RULES.stream().filter(rule -> rule.matcher().matches(request)).findFirst();
  }

  /**
   * The groups that may post an event of this type: {@code INVOICE_CONTEST} goes to accounting
   * (its complaint task is theirs), every other type to production.
   */
  public static List<String> eventGroups(ContractEventType type) {
    return type == ContractEventType.INVOICE_CONTEST
        ? List.of(ACCOUNTING, ADMINS)
        : List.of(PRODUCTION, ADMINS);
  }
}
