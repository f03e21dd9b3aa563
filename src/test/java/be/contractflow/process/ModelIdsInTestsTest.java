package be.contractflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests name the elements of the product's models through the processes' catalogues ({@code
 * PaymentVariables.TASK_DECIDE_SUSPENSION}), never as string literals: an id renamed in Modeler
 * then breaks the build at the catalogue, not a test somewhere at runtime.
 */
class ModelIdsInTestsTest {

  /**
   * Tests that deploy models of their own whose ids happen to match the product's (a smoke
   * process, the bare-engine benchmark, a calendar timer model).
   */
  private static final Set<String> OWN_MODELS = Set.of("BareEngineMonthEnd.java",
      "BusinessCalendarTimerTest.java", "PaymentServiceTest.java", "SimulationClockTest.java",
      "ModelIdsInTestsTest.java");

  private static final Pattern ELEMENT_ID = Pattern.compile(
      "<bpmn:(?!process\\b|definitions\\b|message\\b|error\\b|signal\\b|escalation\\b)\\w+ "
          + "id=\"([A-Za-z]+_[A-Za-z0-9_]+)\"");
  private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z]+_[A-Za-z0-9_]+)\"");

  @Test
  void tests_name_model_elements_through_the_process_catalogues() throws IOException {
    Set<String> ids = new HashSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        ELEMENT_ID.matcher(Files.readString(model)).results().forEach(m -> ids.add(m.group(1)));
      }
    }
    assertThat(ids).as("element ids read from bpmn/").contains("Task_DecideSuspension");

    List<String> literals = new ArrayList<>();
    try (Stream<Path> tests = Files.walk(Path.of("src", "test", "java"))) {
      for (Path test : tests.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !OWN_MODELS.contains(p.getFileName().toString())).toList()) {
        LITERAL.matcher(Files.readString(test)).results()
            .filter(m -> ids.contains(m.group(1)))
            .forEach(m -> literals.add(test.getFileName() + ": \"" + m.group(1) + "\""));
      }
    }
    assertThat(literals).as("element ids written as literals in tests").isEmpty();
  }
}
