package be.contractflow.support.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Issue 12: one model test per BPMN. A model added under {@code bpmn/} without a {@code *ModelTest}
 * deploying it alone, with a coverage extension, fails here.
 */
class EveryModelHasAModelTest {

  @Test
  void every_bpmn_model_is_deployed_alone_by_a_model_test_with_a_coverage_threshold() throws IOException {
    Set<String> models;
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      models = files.map(path -> "bpmn/" + path.getFileName())
          .filter(name -> name.endsWith(".bpmn"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Deployment.class));
    Set<String> tested = new TreeSet<>();
    for (var definition : scanner.findCandidateComponents("be.contractflow")) {
      Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
      String[] resources = type.getAnnotation(Deployment.class).resources();
      boolean modelTest = type.getSimpleName().endsWith("ModelTest")
          && ModelTestBase.class.isAssignableFrom(type)
          && Arrays.stream(type.getDeclaredFields()).anyMatch(field ->
              Modifier.isStatic(field.getModifiers())
                  && field.getType() == ProcessEngineCoverageExtension.class);
      if (modelTest && resources.length == 1) {
        tested.add(resources[0]);
      }
    }
    assertThat(tested).as("models deployed alone by a *ModelTest with coverage").containsAll(models);
  }
}
