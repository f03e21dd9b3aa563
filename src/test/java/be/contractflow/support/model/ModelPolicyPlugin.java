package be.contractflow.support.model;

import be.contractflow.security.ModelPolicyForTests;

/** {@link ModelPolicyForTests} with the contractflow delegate beans, for {@code model-test.camunda.cfg.xml}. */
public class ModelPolicyPlugin extends ModelPolicyForTests {

  public ModelPolicyPlugin() {
    super(DelegateBeans::isDelegate);
  }
}
