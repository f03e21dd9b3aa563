package be.contractflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Message-ID of a notice's e-mail: one per notice, at its sender's domain (issue 16). */
class NoticeMessageIdTest {

  private static final String KEY = "pi-1/Task_SendPaymentReminder/reminder-1";

  @Test
  void every_attempt_of_a_notice_has_the_same_message_id_and_another_notice_another() {
    String first = NoticeMessageId.of(KEY, "Virtura SRL <facturation@virtura.example>");

    assertThat(NoticeMessageId.of(KEY, "Virtura SRL <facturation@virtura.example>"))
        .isEqualTo(first);
    assertThat(NoticeMessageId.of("pi-1/Task_SendPaymentReminder/reminder-2",
        "Virtura SRL <facturation@virtura.example>")).isNotEqualTo(first);
    assertThat(first).matches("<[0-9a-f]{32}\\.notice@virtura\\.example>");
  }

  @Test
  void the_domain_is_the_senders_with_or_without_a_display_name() {
    assertThat(NoticeMessageId.of(KEY, "factures@WJA.example")).endsWith("@wja.example>");
    assertThat(NoticeMessageId.of(KEY, "\"De Bruijne, Benjamin\" <b@debruijne.example>"))
        .endsWith("@debruijne.example>");
  }

  @Test
  void a_sender_without_a_domain_gives_a_reserved_one_never_a_broken_header() {
    assertThat(NoticeMessageId.of(KEY, "facturation")).endsWith("@contractflow.invalid>");
    assertThat(NoticeMessageId.of(KEY, "not an <address")).endsWith("@contractflow.invalid>");
  }
}
