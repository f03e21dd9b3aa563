package be.contractflow.terms;

import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with an agency that could not send a lawful invoice: every terms profile must
 * have an {@code agency-identity} row whose IBAN, enterprise number and VAT number pass their check
 * digits. The exception names the profile and the field; Spring Boot then stops the application.
 */
@Component
class AgencyIdentityStartCheck {

  private final AgencyIdentities identities;
  private final TermsService terms;

  AgencyIdentityStartCheck(AgencyIdentities identities, TermsService terms) {
    this.identities = identities;
    this.terms = terms;
  }

  @EventListener(ApplicationStartedEvent.class)
  void check() {
    List<AgencyIdentity> rows = identities.all();
    List<String> missing = terms.profiles().stream().map(Terms.Agency::profile)
        .filter(profile -> rows.stream().noneMatch(row -> row.profile().equals(profile)))
        .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Decision '" + AgencyIdentities.DECISION
          + "' has no row for the terms profiles " + missing
          + ": every profile needs its agency's identity (bpmn/agency-identity.dmn)");
    }
  }
}
