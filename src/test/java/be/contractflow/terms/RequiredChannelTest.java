package be.contractflow.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredChannelTest {

  @Test
  void WJA_15_a_contest_counts_only_by_registered_letter() {
    assertThat(RequiredChannel.REGISTERED_LETTER.accepts("REGISTERED_LETTER")).isTrue();
    assertThat(RequiredChannel.REGISTERED_LETTER.accepts("EMAIL")).isFalse();
    assertThat(RequiredChannel.REGISTERED_LETTER.accepts("PHONE")).isFalse();
  }

  @Test
  void VIR_7_written_notice_is_an_email_or_a_letter_not_a_phone_call() {
    assertThat(RequiredChannel.WRITTEN.accepts("EMAIL")).isTrue();
    assertThat(RequiredChannel.WRITTEN.accepts("REGISTERED_LETTER")).isTrue();
    assertThat(RequiredChannel.WRITTEN.accepts("PHONE")).isFalse();
    assertThat(RequiredChannel.WRITTEN.accepts("IN_PERSON")).isFalse();
  }

  @Test
  void VIR_12_a_revision_by_email_also_counts_by_letter_and_any_means_any() {
    assertThat(RequiredChannel.EMAIL.accepts("REGISTERED_LETTER")).isTrue();
    assertThat(RequiredChannel.EMAIL.accepts("IN_PERSON")).isFalse();
    assertThat(RequiredChannel.ANY.accepts("PHONE")).isTrue();
  }
}
