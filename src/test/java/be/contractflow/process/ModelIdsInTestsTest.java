package be.contractflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
 * then breaks the build at the catalogue, not a test somewhere at runtime. Process variables
 * likewise ({@code PaymentVariables.DUE_DATE}, a typed {@link ProcessVariable}): a variable's name
 * written as a literal where a test reads or writes engine variables fails the build.
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

  /** Every process variable a catalogue declares, by the name the engine stores it under. */
  static Set<String> variableNames() throws Exception {
    Set<String> names = new HashSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java", "be", "contractflow",
        "process"))) {
      for (Path source : sources.filter(p -> p.getFileName().toString().endsWith("Variables.java"))
          .toList()) {
        String className = Path.of("src", "main", "java").relativize(source).toString()
            .replace(".java", "").replace(java.io.File.separatorChar, '.');
        for (Field field : Class.forName(className).getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers())
              && field.getType() == ProcessVariable.class) {
            field.setAccessible(true);
            names.add(((ProcessVariable<?>) field.get(null)).name());
          }
        }
      }
    }
    return names;
  }

  /**
   * Where a test hands a name to the engine as a variable: reading, writing or querying one, a
   * start, a correlation or a task completion ({@code Map.of("name", …)}), the model tests'
   * {@code vars("name", …)}.
   */
  private static final Pattern VARIABLE_LITERAL = Pattern.compile(
      "(?:getVariables?(?:Local)?|setVariables?(?:Local)?|removeVariable|hasVariable|variableName"
          + "|variableValueEquals|processInstanceVariableEquals|putValue|containsEntry|vars|put"
          + "|Map\\.of)\\(\\s*(?:[\\w.()]+,\\s*)?\"([a-z][A-Za-z]+)\""
          // a later key of a Map.of(…) or vars(…): a literal that starts a line, a value after it
          + "|^\\s+(?:[^\"\\n]*,\\s*)?\"([a-z][A-Za-z]+)\",\\s*[^\\s]", Pattern.MULTILINE);

  /**
   * Tests whose literals with a variable's name are not engine variables: REST bodies and
   * answers (the API's field names), calculators' inputs, notice models, own models.
   */
  private static final Set<String> NOT_ENGINE_VARIABLES = Set.of("api", "money", "notice",
      "terms", "benchmark", "simulation");

  /** Tests of pure planners that build {@code Terms} from the DMN outputs' names. */
  private static final Set<String> TERMS_BY_OUTPUT_NAMES = Set.of("DunningPlanTest.java",
      "ProductionDatesTest.java");

  @Test
  void tests_name_process_variables_through_the_process_catalogues() throws Exception {
    Set<String> names = variableNames();
    assertThat(names).as("variable names read from the catalogues").contains("dueDate",
        "signedDate", "goLiveDate");

    List<String> literals = new ArrayList<>();
    try (Stream<Path> tests = Files.walk(Path.of("src", "test", "java", "be", "contractflow"))) {
      for (Path test : tests.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !OWN_MODELS.contains(p.getFileName().toString()))
          .filter(p -> !TERMS_BY_OUTPUT_NAMES.contains(p.getFileName().toString()))
          .filter(p -> NOT_ENGINE_VARIABLES.stream().noneMatch(dir ->
              p.toString().contains(java.io.File.separator + dir + java.io.File.separator)))
          .toList()) {
        VARIABLE_LITERAL.matcher(Files.readString(test)).results()
            .map(m -> m.group(1) != null ? m.group(1) : m.group(2))
            .filter(names::contains)
            .forEach(name -> literals.add(test.getFileName() + ": \"" + name + "\""));
      }
    }
    assertThat(literals).as("process variable names written as literals in tests").isEmpty();
  }
}
