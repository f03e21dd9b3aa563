package be.contractflow.security;

import java.beans.FeatureDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression evaluator, restricted (issue 10, defence in depth behind {@link
 * ModelCheck}): an expression that slipped past the deploy-time check still resolves only the
 * beans models may name ({@link ModelExpressionPolicy#isAllowedBean}), never the rest of the
 * application context (no {@code dataSource}, {@code jdbcTemplate}, {@code processEngine}), and
 * calls or reads a member of an object only when it is
 *
 * <ul>
 *   <li>a method of {@link ModelExpressionPolicy#METHOD_BEANS} listed for that bean,
 *   <li>a variable or id member of {@code execution}/{@code task} ({@link
 *       ModelExpressionPolicy#SCOPE_MEMBERS}),
 *   <li>any member of a plain value (text, number, boolean, date, time), or {@code toString()},
 * </ul>
 *
 * and never {@code getClass}, {@code forName}, a class loader, {@code Runtime} or the process engine
 * ({@link ModelExpressionPolicy#NEVER}). Replaces Spring's resolver chain, which resolves every bean
 * by name and calls any public method of any object (Camunda's {@code SpringExpressionManager}).
 */
public class RestrictedExpressionManager extends SpringExpressionManager {

  private final ModelExpressionPolicy policy;

  public RestrictedExpressionManager(ApplicationContext applicationContext, ModelExpressionPolicy policy) {
    super(applicationContext, null);
    this.policy = policy;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new AllowedBeans(applicationContext, policy));
    resolver.add(new ArrayELResolver());
    resolver.add(new ListELResolver());
    resolver.add(new MapELResolver());
    resolver.add(new GuardedMembers(applicationContext));
    return resolver;
  }

  /** Resolves a name to a bean only for the beans a model may name. */
  static final class AllowedBeans extends ELResolver {

    private final ApplicationContext context;
    private final ModelExpressionPolicy policy;

    AllowedBeans(ApplicationContext context, ModelExpressionPolicy policy) {
      this.context = context;
      this.policy = policy;
    }

    private boolean resolves(Object base, Object property) {
      return base == null
          && property instanceof String name
          && policy.isAllowedBean(name)
          && context.containsBean(name);
    }

    @Override
    public Object getValue(ELContext elContext, Object base, Object property) {
      if (resolves(base, property)) {
        elContext.setPropertyResolved(true);
        return context.getBean((String) property);
      }
      return null;
    }

    @Override
    public Class<?> getType(ELContext elContext, Object base, Object property) {
      if (resolves(base, property)) {
        elContext.setPropertyResolved(true);
        return context.getType((String) property);
      }
      return null;
    }

    @Override
    public void setValue(ELContext elContext, Object base, Object property, Object value) {
      if (resolves(base, property)) {
        throw new PropertyNotWritableException("the bean '" + property + "' cannot be replaced");
      }
    }

    @Override
    public boolean isReadOnly(ELContext elContext, Object base, Object property) {
      if (resolves(base, property)) {
        elContext.setPropertyResolved(true);
        return true;
      }
      return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext elContext, Object base) {
      return base == null ? Object.class : null;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext elContext, Object base) {
      return null;
    }
  }

  /** Java bean access (properties and methods) on objects, limited as the class comment says. */
  static final class GuardedMembers extends BeanELResolver {

    private final ApplicationContext context;
    private volatile Map<Object, String> methodBeans;
    private final Map<Call, Optional<Method>> exactMethods = new ConcurrentHashMap<>();

    /** A method call by the class of its target, its name and the classes of its arguments. */
    private record Call(Class<?> type, String name, List<Class<?>> argumentTypes) {

      /** The one public, non-variable-arity method of a public class taking exactly these. */
      Optional<Method> exactMethod() {
        Method found = null;
        for (Method candidate : type.getMethods()) {
          if (candidate.getName().equals(name)
              && !candidate.isVarArgs()
              && List.of(candidate.getParameterTypes()).equals(argumentTypes)) {
            if (found != null) {
              return Optional.empty();
            }
            found = candidate;
          }
        }
        return Optional.ofNullable(found)
            .filter(m -> Modifier.isPublic(m.getDeclaringClass().getModifiers()));
      }
    }

    GuardedMembers(ApplicationContext context) {
      super(false);
      this.context = context;
    }

    @Override
    public Object getValue(ELContext elContext, Object base, Object property) {
      if (base != null && property != null) {
        require(base, property.toString());
      }
      return super.getValue(elContext, base, property);
    }

    @Override
    public Class<?> getType(ELContext elContext, Object base, Object property) {
      if (base != null && property != null) {
        require(base, property.toString());
      }
      return super.getType(elContext, base, property);
    }

    @Override
    public void setValue(ELContext elContext, Object base, Object property, Object value) {
      if (base != null) {
        throw new PropertyNotWritableException(
            "an expression may not write the property '" + property + "' of a " + typeOf(base));
      }
    }

    @Override
    public Object invoke(
        ELContext elContext, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
      if (base != null && method != null) {
        require(base, method.toString());
        Object[] arguments = params == null ? new Object[0] : params;
        Method exact = paramTypes == null ? exactMatch(base, method.toString(), arguments) : null;
        if (exact != null) {
          Object result = invokeExact(exact, base, arguments);
          elContext.setPropertyResolved(base, method);
          return result;
        }
      }
      return super.invoke(elContext, base, method, paramTypes, params);
    }

    /**
     * The public method whose parameter types are exactly the classes of the arguments — the one
     * the expression language's own lookup would choose, as it takes an exact match over any
     * other — or null when there is none (then the lookup runs, with its conversions). Found once
     * per class, name and argument classes (issue 16): the lookup looks again at every call and,
     * for a method overloaded for a text and a date ({@code businessCalendar.endOf(dueDate)}),
     * asks {@code java.beans} for a text-to-date converter, loading classes that do not exist —
     * ten exceptions per dunned invoice in the month-end storm.
     */
    private Method exactMatch(Object base, String name, Object[] arguments) {
      Class<?>[] types = new Class<?>[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        if (arguments[i] == null) {
          return null;
        }
        types[i] = arguments[i].getClass();
      }
      return exactMethods
          .computeIfAbsent(new Call(base.getClass(), name, List.of(types)), Call::exactMethod)
          .orElse(null);
    }

    private static Object invokeExact(Method method, Object base, Object[] arguments) {
      try {
        return method.invoke(base, arguments);
      } catch (InvocationTargetException e) {
        throw new ELException(e.getCause());
      } catch (IllegalAccessException | IllegalArgumentException e) {
        throw new ELException(e);
      }
    }

    private void require(Object base, String member) {
      if (!allowed(base, member)) {
        throw new ELException(
            "an expression may not use '" + member + "' of a " + typeOf(base)
                + " (contractflow's restricted expression language)");
      }
    }

    boolean allowed(Object base, String member) {
      if (ModelExpressionPolicy.NEVER.contains(member)
          || base instanceof Class<?>
          || base instanceof ClassLoader) {
        return false;
      }
      if ("toString".equals(member)) {
        return true;
      }
      String bean = methodBeans().get(base);
      if (bean != null) {
        return ModelExpressionPolicy.METHOD_BEANS.get(bean).contains(member);
      }
      if (base instanceof VariableScope) {
        return ModelExpressionPolicy.SCOPE_MEMBERS.contains(member);
      }
      return isPlainValue(base);
    }

    private static boolean isPlainValue(Object base) {
      return base instanceof CharSequence
          || base instanceof Number
          || base instanceof Boolean
          || base instanceof Character
          || base instanceof TemporalAccessor
          || base instanceof TemporalAmount
          || base instanceof Date
          || base instanceof UUID;
    }

    private Map<Object, String> methodBeans() {
      Map<Object, String> beans = methodBeans;
      if (beans == null) {
        beans = new IdentityHashMap<>();
        for (String name : ModelExpressionPolicy.METHOD_BEANS.keySet()) {
          if (context.containsBean(name)) {
            beans.put(context.getBean(name), name);
          }
        }
        methodBeans = beans;
      }
      return beans;
    }

    private static String typeOf(Object base) {
      return base.getClass().getSimpleName().isEmpty()
          ? "value"
          : base.getClass().getSimpleName();
    }
  }
}
