package be.contractflow.process.termination;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Party;
import be.contractflow.notice.NoticeText;
import be.contractflow.terms.RequiredChannel;
import be.contractflow.terms.TerminationTiming;
import be.contractflow.terms.Terms;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The effective end date of a termination: the last day the contract runs, as the terms allow it
 * (VIR-7, WJA-21, BDB-R9.3, BDB-R13.1, BDB-R13.2, BDB-13.4, BDB-13.4.4, BDB-R8, BDB-R14, WJA-12).
 * Pure: terms, dates and the request in, the date with its clause and the reason out; a request
 * the terms do not allow is refused with a {@link ConflictException} naming the clause. Periods in
 * months run "de quantième à veille de quantième" and are not rolled to a business day: the end
 * date is the last day the contract runs, not a deadline to act.
 */
public final class EffectiveEnd {

  /** Clauses of the law used where the terms are silent. */
  public static final String FORCE_MAJEURE_CLAUSE = "CC-5.226";

  public static final String MUTUAL_CONSENT_CLAUSE = "CC-5.70";

  /**
   * What a termination request amounts to.
   *
   * @param clause the clause a process-raised end applies (WJA-12 for a resolution), else null
   */
  public record Request(Party by, TerminationGround ground, String channel, LocalDate date,
      String reason, String clause) {
    public Request {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(ground, "ground");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The outcome.
   *
   * @param effectiveEndDate the last day the contract runs
   * @param endsAtOnce the contract ends on the request date itself
   * @param deferred the terms put the end later than asked ({@code explanation} says why)
   * @param storeSite hosting stops and the site is stored until the end (BDB-R13.1)
   * @param noticeDeadline the last day the notice could be given for the end of the running term,
   *     null when the end does not depend on a term
   * @param explanation why, in English (the API, the audit)
   * @param why the same in the client's language: a {@code termination.why.*} message of the
   *     notice bundles with its dates, months and clauses; a reason typed by staff stays as typed
   */
  public record Outcome(String clause, LocalDate effectiveEndDate, boolean endsAtOnce,
      boolean deferred, boolean storeSite, LocalDate noticeDeadline, String explanation,
      NoticeText why) {}

  /** Message codes of {@link Outcome#why()}, prefix of the notice bundles' keys. */
  static final String WHY = "termination.why.";

  private EffectiveEnd() {}

  /**
   * @param start the first day the contract runs
   * @param interruptionDays days the provider's service has been interrupted (BDB-R8), 0 if none
   */
  public static Outcome of(BusinessCalendar calendar, Terms.Renewal rules, LocalDate start,
      Request request, int interruptionDays) {
    return switch (request.ground()) {
      case RESOLUTION -> atOnce(request.clause(), request, "resolved at the client's fault",
          NoticeText.of(WHY + "resolution"));
      case RENEWAL_LAPSED -> new Outcome(rules.renewalNoticeClause(), request.date(), true, false,
          false, null, "the renewal was not paid", NoticeText.of(WHY + "renewalLapsed"));
      case FORCE_MAJEURE -> {
        requireReason(request, "force majeure");
        yield atOnce(rules.earlyEndClause() != null ? rules.earlyEndClause()
            : FORCE_MAJEURE_CLAUSE, request, "force majeure: " + request.reason(),
            NoticeText.of(WHY + "forceMajeure", request.reason()));
      }
      case MUTUAL_CONSENT -> atOnce(rules.earlyEndClause() != null ? rules.earlyEndClause()
          : MUTUAL_CONSENT_CLAUSE, request, "by mutual consent",
          NoticeText.of(WHY + "mutualConsent"));
      case GRAVE_BREACH -> graveBreach(rules, request);
      case CHANGE_OF_TERMS -> changeOfTerms(rules, request);
      case SERVICE_INTERRUPTION -> interruption(rules, request, interruptionDays);
      case NOTICE -> request.by() == Party.CLIENT ? clientNotice(calendar, rules, start, request)
          : providerNotice(calendar, rules, start, request);
    };
  }

  private static Outcome clientNotice(BusinessCalendar calendar, Terms.Renewal rules,
      LocalDate start, Request request) {
    if (rules.clientTermination() == null) {
      String clause = rules.earlyEndClause() != null ? rules.earlyEndClause() : rules.termClause();
      throw new ConflictException("Termination refused: " + clause + " — the contract runs "
          + "until its term and ends before it only by mutual consent or force majeure. Staff "
          + "record force majeure with a FORCE_MAJEURE event (with its reason), or a mutual "
          + "agreement with a TERMINATION whose reason starts with MUTUAL_CONSENT.");
    }
    requireChannel(rules.clientTerminationChannel(), rules.clientTerminationClause(), request);
    return notice(calendar, rules, start, request, rules.clientTermination(),
        rules.clientNoticeMonths(), rules.clientTerminationClause(), true);
  }

  private static Outcome providerNotice(BusinessCalendar calendar, Terms.Renewal rules,
      LocalDate start, Request request) {
    if (rules.providerTermination() == null) {
      throw new ConflictException("Termination refused: the terms give the provider no right to "
          + "end this contract by notice" + (rules.graveBreachClause() != null
          ? "; for a grave breach send a TERMINATION whose reason starts with GRAVE_BREACH ("
          + rules.graveBreachClause() + ")" : "") + ".");
    }
    requireChannel(rules.providerTerminationChannel(), rules.providerTerminationClause(), request);
    return notice(calendar, rules, start, request, rules.providerTermination(),
        rules.providerNoticeMonths(), rules.providerTerminationClause(), false);
  }

  private static Outcome notice(BusinessCalendar calendar, Terms.Renewal rules, LocalDate start,
      Request request, TerminationTiming timing, Integer noticeMonths, String clause,
      boolean client) {
    int months = noticeMonths == null ? 0 : noticeMonths;
    LocalDate date = request.date();
    if (timing == TerminationTiming.ANY_TIME) {
      LocalDate end = months == 0 ? date : date.plusMonths(months);
      return new Outcome(clause, end, months == 0, false, false, null,
          months + " months' notice from " + date,
          NoticeText.of(WHY + "noticeFrom", months, date));
    }
    // AT_TERM: the end of the running term if notice came in time, else the end of the next one
    LocalDate termEnd = termEndOn(calendar, rules, start, date);
    LocalDate noticeDeadline = termEnd.plusDays(1).minusMonths(months);
    if (months > 0 && date.isAfter(noticeDeadline)) {
      LocalDate nextEnd = calendar.lastDayOfTerm(start, monthsToTermEnd(calendar, rules, start,
          termEnd.plusDays(1)));
      return new Outcome(clause, nextEnd, false, true, false, noticeDeadline,
          clause + ": notice must reach us at least " + months + " months before the term of "
              + termEnd + " (by " + noticeDeadline + "); given on " + date
              + ", it takes effect at the end of the next term",
          NoticeText.of(WHY + "lateNotice", clause, months, termEnd, noticeDeadline, date));
    }
    Integer minimum = rules.minimumCommitmentMonths();
    boolean inCommitment = minimum != null && client
        && !date.isAfter(calendar.lastDayOfTerm(start, minimum));
    if (inCommitment) {
      return new Outcome(rules.minimumCommitmentClause(), termEnd, false, true,
          rules.firstYearStopStoresSite(), noticeDeadline,
          rules.minimumCommitmentClause() + ": minimum commitment of " + minimum + " months; "
              + "the contract ends at the anniversary, the sums remain due until then"
              + (rules.firstYearStopStoresSite() ? " and the site is taken offline and stored "
              + "meanwhile (" + rules.clientTerminationClause() + ")" : ""),
          rules.firstYearStopStoresSite()
              ? NoticeText.of(WHY + "commitmentStoreSite", rules.minimumCommitmentClause(),
                  minimum, termEnd, rules.clientTerminationClause())
              : NoticeText.of(WHY + "commitment", rules.minimumCommitmentClause(), minimum,
                  termEnd));
    }
    return new Outcome(clause, termEnd, false, false, false, noticeDeadline,
        "at the end of the running term", NoticeText.of(WHY + "endOfTerm", termEnd));
  }

  private static Outcome graveBreach(Terms.Renewal rules, Request request) {
    if (request.by() != Party.PROVIDER || rules.graveBreachClause() == null) {
      throw new ConflictException("Termination refused: the terms give "
          + (request.by() == Party.PROVIDER ? "the provider" : "the client")
          + " no right to end this contract at once for a grave breach; send a notice instead.");
    }
    requireChannel(rules.providerTerminationChannel(), rules.graveBreachClause(), request);
    if (request.reason() == null || request.reason().trim().split("[\\s:;,.-]+").length < 2) {
      throw new ConflictException("Termination refused: " + rules.graveBreachClause()
          + " requires a reasoned letter; send the reason after GRAVE_BREACH.");
    }
    return atOnce(rules.graveBreachClause(), request, "grave breach: " + request.reason(),
        NoticeText.of(WHY + "graveBreach", request.reason()));
  }

  private static Outcome changeOfTerms(Terms.Renewal rules, Request request) {
    if (request.by() != Party.CLIENT || rules.changeOfTermsClause() == null) {
      throw new ConflictException("Termination refused: the terms give no right to terminate "
          + "for a change of terms; send a notice instead.");
    }
    requireChannel(rules.clientTerminationChannel(), rules.changeOfTermsClause(), request);
    return atOnce(rules.changeOfTermsClause(), request, "the client disagrees with the amended "
        + "terms", NoticeText.of(WHY + "changeOfTerms"));
  }

  private static Outcome interruption(Terms.Renewal rules, Request request,
      int interruptionDays) {
    Integer limit = rules.interruptionTerminationDays();
    if (request.by() != Party.CLIENT || limit == null) {
      throw new ConflictException("Termination refused: the terms give no right to terminate "
          + "for a service interruption; send a notice instead.");
    }
    if (interruptionDays <= limit) {
      throw new ConflictException("Termination refused: " + rules.interruptionClause()
          + " allows it only after an interruption of more than " + limit + " days; the service "
          + "has been interrupted " + interruptionDays + " days.");
    }
    return atOnce(rules.interruptionClause(), request, "service interrupted "
        + interruptionDays + " days by the provider",
        NoticeText.of(WHY + "interruption", interruptionDays));
  }

  private static Outcome atOnce(String clause, Request request, String explanation,
      NoticeText why) {
    return new Outcome(clause, request.date(), true, false, false, null, explanation, why);
  }

  private static void requireChannel(RequiredChannel required, String clause, Request request) {
    if (required != null && !required.accepts(request.channel())) {
      throw new ConflictException("Termination refused: " + clause + " requires "
          + (required == RequiredChannel.REGISTERED_LETTER ? "a registered letter"
          : "a written notice (email or letter)") + "; this one came by " + request.channel()
          + ". Send it again with channel "
          + (required == RequiredChannel.REGISTERED_LETTER ? "REGISTERED_LETTER" : "EMAIL")
          + ".");
    }
  }

  private static void requireReason(Request request, String what) {
    if (request.reason() == null || request.reason().isBlank()) {
      throw new ConflictException("Refused: " + what + " is recorded with its reason; send the "
          + "reason.");
    }
  }

  /** The last day of the term running on {@code date} (initial term, then renewal terms). */
  public static LocalDate termEndOn(BusinessCalendar calendar, Terms.Renewal rules,
      LocalDate start, LocalDate date) {
    return calendar.lastDayOfTerm(start, monthsToTermEnd(calendar, rules, start, date));
  }

  /** Months from the start to the end of the term running on {@code date}. */
  static int monthsToTermEnd(BusinessCalendar calendar, Terms.Renewal rules, LocalDate start,
      LocalDate date) {
    int initial = rules.initialTermMonths() != null ? rules.initialTermMonths() : 12;
    int renewal = rules.renewalTermMonths() != null ? rules.renewalTermMonths() : initial;
    int months = initial;
    while (calendar.lastDayOfTerm(start, months).isBefore(date)) {
      months += renewal;
    }
    return months;
  }
}
