package be.contractflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every deadline has a kind: its owner process and its key scheme, in one place. */
class DeadlineKindTest {

  private static final LocalDate ANNIVERSARY = LocalDate.of(2027, 3, 1);

  @Test
  void each_kinds_key_is_read_back_as_that_kind_and_about_its_subject() {
    for (DeadlineKind kind : DeadlineKind.values()) {
      String key = kind.scheme().indexOf("{}") == kind.scheme().lastIndexOf("{}")
          ? kind.key("C-2026-0007") : kind.key("C-2026-0007", ANNIVERSARY);

      assertThat(DeadlineKind.of(key)).as(key).contains(kind);
      assertThat(kind.isAbout(key, "C-2026-0007")).as(key).isTrue();
      assertThat(kind.isAbout(key, "C-2026-0008")).as(key).isFalse();
    }
  }

  @Test
  void keys_are_the_ones_running_processes_and_recorded_deadlines_already_hold() {
    assertThat(DeadlineKind.INVOICE_DUE.key("I-2026-00012")).isEqualTo("invoice/I-2026-00012/due");
    assertThat(DeadlineKind.RENEWAL_PRICE.key("C-2026-0001", ANNIVERSARY))
        .isEqualTo("subscription/C-2026-0001/renewal-price-2027-03-01");
    assertThat(DeadlineKind.RENEWAL_PAYMENT.key("C-2026-0001", ANNIVERSARY))
        .isEqualTo("subscription/C-2026-0001/renewal-2027-03-01");
    assertThat(DeadlineKind.NON_CONFORMITY.key("C-2026-0001", 2))
        .isEqualTo("delivery/C-2026-0001/non-conformity/2");
    assertThat(DeadlineKind.PROVIDER_INCAPACITY.key("C-2026-0001", ANNIVERSARY))
        .isEqualTo("incapacity/C-2026-0001/2027-03-01");
    // the renewal price and the renewal payment of one anniversary are not confused
    assertThat(DeadlineKind.of("subscription/C-2026-0001/renewal-price-2027-03-01"))
        .contains(DeadlineKind.RENEWAL_PRICE);
    assertThat(DeadlineKind.of("subscription/C-2026-0001/renewal-2027-03-01"))
        .contains(DeadlineKind.RENEWAL_PAYMENT);
  }

  @Test
  void a_deadline_without_a_kind_cannot_be_recorded() {
    var deadlines = new Deadlines(null, null);

    assertThatThrownBy(() -> deadlines.record("invoice/I-2026-00012/paid-by-friday",
        "C-2026-0001", "I-2026-00012", "VIR-4", "Paid by Friday", ANNIVERSARY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DeadlineKind");
    assertThatThrownBy(() -> DeadlineKind.INVOICE_DUE.key("I-1", ANNIVERSARY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeadlineKind.TERM_END.key("C-1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void every_kind_is_owned_by_a_process_the_product_deploys() throws Exception {
    Set<String> processKeys = new HashSet<>();
    Pattern process = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        process.matcher(Files.readString(model)).results()
            .forEach(match -> processKeys.add(match.group(1)));
      }
    }

    for (DeadlineKind kind : DeadlineKind.values()) {
      assertThat(processKeys).as(kind.name()).contains(kind.ownerProcess());
    }
  }
}
