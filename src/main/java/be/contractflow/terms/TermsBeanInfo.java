package be.contractflow.terms;

/** Exposes {@link Terms}' components as bean properties to expressions ({@code ${terms.payment}}). */
public class TermsBeanInfo extends RecordBeanInfo {
  public TermsBeanInfo() {
    super(Terms.class);
  }
}
