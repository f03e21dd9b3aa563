package be.contractflow.terms;

import java.beans.IntrospectionException;
import java.beans.PropertyDescriptor;
import java.beans.SimpleBeanInfo;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Lets Camunda's expression language read a record's components as properties: its JUEL (Jakarta
 * EL 4.0) only knows JavaBeans getters, and {@link java.beans.Introspector} consults a class named
 * {@code <Record>BeanInfo} beside the record. So {@code ${terms.payment.paymentTermDays}} works
 * instead of {@code ${terms.payment().paymentTermDays()}}.
 */
abstract class RecordBeanInfo extends SimpleBeanInfo {

  private final Class<? extends Record> type;

  RecordBeanInfo(Class<? extends Record> type) {
    this.type = type;
  }

  @Override
  public PropertyDescriptor[] getPropertyDescriptors() {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordBeanInfo::property)
        .toArray(PropertyDescriptor[]::new);
  }

  private static PropertyDescriptor property(RecordComponent component) {
    try {
      return new PropertyDescriptor(component.getName(), component.getAccessor(), null);
    } catch (IntrospectionException e) {
      throw new IllegalStateException("Cannot describe " + component, e);
    }
  }
}
