package be.contractflow.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One typed record per notice type, its components the type's model keys. */
class NoticeContentTest {

  private static List<NoticeContent> everyRecordEmpty() throws Exception {
    var contents = new java.util.ArrayList<NoticeContent>();
    for (Class<?> type : NoticeContent.class.getPermittedSubclasses()) {
      RecordComponent[] components = type.getRecordComponents();
      Constructor<?> canonical = type.getDeclaredConstructor(Arrays.stream(components)
          .map(RecordComponent::getType).toArray(Class<?>[]::new));
      Object[] none = Arrays.stream(components)
          .map(c -> c.getType() == int.class ? (Object) 0 : null).toArray();
      contents.add((NoticeContent) canonical.newInstance(none));
    }
    return contents;
  }

  @Test
  void every_notice_type_has_exactly_one_record() throws Exception {
    Set<NoticeType> typed = everyRecordEmpty().stream().map(NoticeContent::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(NoticeType.class)));
    assertThat(typed).as("one record per type").hasSize(everyRecordEmpty().size());
    var missing = EnumSet.allOf(NoticeType.class);
    missing.removeAll(typed);
    assertThat(missing).as("types without a record").isEmpty();
  }

  @Test
  void a_record_is_named_after_its_type_and_holds_exactly_the_type_model_keys() throws Exception {
    for (NoticeContent content : everyRecordEmpty()) {
      String snake = content.getClass().getSimpleName()
          .replaceAll("(?<=.)(?=[A-Z])", "_").toUpperCase();
      assertThat(content.type().name()).isEqualTo(snake);
      assertThat(content.model().keySet()).as(content.type().name())
          .containsExactlyElementsOf(content.type().modelKeys());
    }
  }

  @Test
  void the_model_of_a_content_is_its_values_under_the_template_keys() {
    var reminder = new NoticeContent.PaymentReminder(LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31), new BigDecimal("1210.00"), new BigDecimal("3.12"),
        new BigDecimal("40.00"), new BigDecimal("1253.12"), LocalDate.of(2026, 4, 21),
        "+++090/9337/55493+++", new BigDecimal("10.50"), new BigDecimal("121.00"), 2, null,
        null);
    Map<String, Object> model = reminder.model();
    assertThat(model).containsEntry("dueDate", LocalDate.of(2026, 3, 31))
        .containsEntry("paymentDeadline", LocalDate.of(2026, 4, 21))
        .containsEntry("total", new BigDecimal("1253.12"))
        .containsEntry("reminderNumber", 2)
        .containsEntry("rateUnpublishedHalfYear", null);

    var request = NoticeRequest.of("k", NoticeType.PAYMENT_REMINDER, "VIR-4", "client-1")
        .with(reminder);
    assertThat(request.model()).isEqualTo(model);
  }

  @Test
  void a_content_is_refused_in_a_notice_of_another_type() {
    var request = NoticeRequest.of("k", NoticeType.FORMAL_NOTICE, "WJA-12", "client-1");
    assertThatThrownBy(() -> request.with(new NoticeContent.SuspensionNotice(null, null, null,
        null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUSPENSION");
  }
}
