package be.contractflow.support.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.test.TestHelper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * The model tests' engine parses models under the application's deployment policy: what a
 * deployment to the application would refuse, a model test refuses too.
 */
class ModelEnginePolicyTest {

  private final ProcessEngine engine = TestHelper.getProcessEngine(ModelEngine.CONFIGURATION);

  private static BpmnModelInstance serviceTask(String attribute, String value) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("policy-probe")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Probe")
        .serviceTask("Task_Probe")
        .endEvent("EndEvent_Probe")
        .done();
    model.getModelElementById("Task_Probe").setAttributeValueNs(
        "http://camunda.org/schema/1.0/bpmn", attribute, value);
    return model;
  }

  private void deploy(BpmnModelInstance model) {
    String id = engine.getRepositoryService().createDeployment()
        .addModelInstance("policy-probe.bpmn", model).deploy().getId();
    engine.getRepositoryService().deleteDeployment(id, true);
  }

  @Test
  void a_model_naming_a_java_class_is_refused_as_the_application_refuses_it() {
    assertThatThrownBy(() -> deploy(serviceTask("class", "java.lang.Runtime")))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("Refused by contractflow's deployment policy");
  }

  @Test
  void a_model_calling_a_bean_outside_the_allowed_ones_is_refused() {
    assertThatThrownBy(() -> deploy(serviceTask("expression", "${dataSource.getConnection()}")))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("Refused by contractflow's deployment policy");
  }

  @Test
  void a_model_binding_a_contractflow_delegate_is_deployed() {
    assertThatNoException().isThrownBy(
        () -> deploy(serviceTask("delegateExpression", "#{recordPaymentDelegate}")));
  }
}
