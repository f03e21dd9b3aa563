package be.contractflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Walks a BPMN or DMN document (Camunda's own XML tree, with line numbers) before the engine parses
 * it, and lists what a deployment may not contain (issue 10): script tasks and scripts anywhere
 * (listeners, input/output, conditions), {@code camunda:class} and the other class attributes
 * unless the class is on the allowlist, connectors, custom form field validators, non-FEEL DMN
 * expression languages, and any expression outside {@link ModelExpressionPolicy}.
 */
public final class ModelCheck {

  /** One refusal: the element (its id and line) and why. */
  public record Violation(Element element, String elementId, String message) {

    /** "… at line 12 (element Task_Pay)". */
    public String describe() {
      return message + " (line " + element.getLine() + ", element " + elementId + ")";
    }
  }

  /** Attributes naming a Java class the engine would load and instantiate. */
  private static final Set<String> CLASS_ATTRIBUTES =
      Set.of("class", "formHandlerClass", "variableMappingClass");

  /** Elements never allowed: their content runs as a script or calls out of the engine. */
  private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script", "connector");

  /** The DMN expression languages that cannot reach Java: FEEL (external functions are off). */
  private static final Set<String> FEEL =
      Set.of(
          "feel",
          "http://www.omg.org/spec/feel/20140401",
          "https://www.omg.org/spec/dmn/20191111/feel/",
          "http://www.omg.org/spec/dmn/20180521/feel/",
          "https://www.omg.org/spec/dmn/20230324/feel/");

  /** Text that is shown, never evaluated. */
  private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text", "description");

  private static final String DI_MARK = "omg.org/spec/";

  private final ModelExpressionPolicy expressions;
  private final Set<String> allowedClasses;

  public ModelCheck(ModelExpressionPolicy expressions, Set<String> allowedClasses) {
    this.expressions = expressions;
    this.allowedClasses = Set.copyOf(allowedClasses);
  }

  /** Every refusal in the document under {@code root}, in document order. */
  public List<Violation> check(Element root) {
    List<Violation> violations = new ArrayList<>();
    walk(root, idOf(root, "definitions"), violations);
    return violations;
  }

  private void walk(Element element, String ownerId, List<Violation> violations) {
    String tag = element.getTagName();
    if (isDiagram(element) || NOT_EVALUATED.contains(tag)) {
      return;
    }
    String id = element.attribute("id") != null ? element.attribute("id") : ownerId;
    if (SCRIPT_ELEMENTS.contains(tag)) {
      violations.add(
          new Violation(
              element,
              id,
              "'" + tag + "' is refused: a deployment may not run scripts or call out of the engine;"
                  + " use a service task with camunda:delegateExpression=\"#{aDelegateBean}\""));
      return;
    }
    if ("constraint".equals(tag) && "validator".equals(element.attribute("name"))) {
      violations.add(
          new Violation(
              element,
              id,
              "a custom form field validator is refused: it names a Java class or bean; use the"
                  + " built-in constraints (required, minlength, maxlength, min, max, readonly)"));
    }
    for (String key : element.attributes()) {
      String name = key.substring(key.lastIndexOf(':') + 1);
      String value = element.attribute(key);
      checkAttribute(element, id, tag, name, value, violations);
    }
    String text = element.getText();
    if (text != null && ModelExpressionPolicy.isExpression(text)) {
      expressions
          .refusal(text.strip())
          .ifPresent(reason -> violations.add(new Violation(element, id, "'" + tag + "': " + reason)));
    }
    for (Element child : element.elements()) {
      walk(child, id, violations);
    }
  }

  private void checkAttribute(
      Element element, String id, String tag, String name, String value, List<Violation> violations) {
    if (CLASS_ATTRIBUTES.contains(name) && !allowedClasses.contains(value)) {
      violations.add(
          new Violation(
              element,
              id,
              "camunda:" + name + "=\"" + value + "\" is refused: a deployment may not name Java"
                  + " classes; bind a delegate bean with camunda:delegateExpression=\"#{beanName}\""));
    } else if (("language".equals(name) || "scriptFormat".equals(name) || "resource".equals(name))
        && !isDmn(element)) {
      violations.add(
          new Violation(
              element,
              id,
              tag + " " + name + "=\"" + value + "\" is refused: conditions and mappings are plain"
                  + " expressions (${…}), never scripts"));
    } else if (("expressionLanguage".equals(name) || "typeLanguage".equals(name))
        && isDmn(element)
        && !FEEL.contains(value.toLowerCase(Locale.ROOT))) {
      violations.add(
          new Violation(
              element,
              id,
              name + "=\"" + value + "\" is refused: decision tables use FEEL only (remove the"
                  + " attribute), which cannot call Java"));
    } else if (ModelExpressionPolicy.isExpression(value)) {
      expressions
          .refusal(value)
          .ifPresent(reason -> violations.add(new Violation(element, id, name + ": " + reason)));
    }
  }

  private static boolean isDmn(Element element) {
    String uri = element.getUri();
    return uri != null && uri.contains("/DMN/");
  }

  private static boolean isDiagram(Element element) {
    String uri = element.getUri();
    return uri != null
        && uri.contains(DI_MARK)
        && (uri.contains("/DI") || uri.contains("/DD/") || uri.contains("DMNDI"));
  }

  private static String idOf(Element element, String fallback) {
    String id = element.attribute("id");
    return id != null ? id : fallback;
  }
}
