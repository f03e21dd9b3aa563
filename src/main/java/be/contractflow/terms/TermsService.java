package be.contractflow.terms;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Evaluates the terms decision tables ({@code bpmn/terms-*.dmn}) through Camunda's decision
 * service into a typed {@link Terms}. Each topic record of {@link Terms} is filled from the
 * decision {@code terms-<topic>} (e.g. {@code terms-order} for {@link Terms.Order}), each component
 * from the decision output of the same name; the profile's agency comes from {@code
 * terms-profiles}. A new profile therefore needs rows only.
 *
 * <p>The latest deployed version of each decision applies at every call. Results are cached per
 * profile, client type and kind <em>and</em> per set of latest decision versions (one indexed
 * query per call finds them, on any node of a cluster): a table deployed from Modeler applies at
 * the next call, and each version is evaluated, and written to the decision history, once per
 * inputs instead of at every step (the month-end benchmark in the README: the history writes of
 * eight decisions per call dominated every dunning job).
 */
@Service
public class TermsService {

  /** The decision listing the known profiles, one row each (hit policy COLLECT). */
  public static final String PROFILES_DECISION = "terms-profiles";

  /** Decision input and process variable names. */
  public static final String TERMS_PROFILE = "termsProfile";

  public static final String CLIENT_TYPE = "clientType";
  public static final String CONTRACT_KIND = "contractKind";

  private final DecisionService decisionService;
  private final RepositoryService repository;
  private final Map<List<Object>, Terms> cache = new ConcurrentHashMap<>();
  private volatile List<String> cachedVersions = List.of();

  public TermsService(DecisionService decisionService, RepositoryService repository) {
    this.decisionService = decisionService;
    this.repository = repository;
  }

  /** The ids of the latest decision versions; the cache is emptied when they change. */
  private List<String> latestVersions() {
    List<String> versions = repository.createDecisionDefinitionQuery().latestVersion().list()
        .stream().map(DecisionDefinition::getId).sorted().toList();
    if (!versions.equals(cachedVersions)) {
      cache.clear();
      cachedVersions = versions;
    }
    return versions;
  }

  /** The known profiles with their agency, court and default language, sorted by id. */
  public List<Terms.Agency> profiles() {
    DmnDecisionTableResult rows =
        decisionService.evaluateDecisionTableByKey(PROFILES_DECISION).evaluate();
    return rows.getResultList().stream()
        .map(row -> toRecord(Terms.Agency.class, PROFILES_DECISION, row))
        .sorted(Comparator.comparing(Terms.Agency::profile))
        .toList();
  }

  /**
   * The terms of a contract of {@code kind} for a {@code clientType} client under {@code profile}.
   *
   * @throws UnknownTermsProfileException when {@code terms-profiles} has no row for the profile
   * @throws IllegalStateException when a decision has no row for the inputs or lacks an output
   */
  public Terms termsFor(String profile, ClientType clientType, ContractKind kind) {
    Objects.requireNonNull(clientType, "clientType");
    Objects.requireNonNull(kind, "kind");
    List<Object> key = List.of(latestVersions(), String.valueOf(profile), clientType, kind);
    Terms cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    Terms terms = evaluate(profile, clientType, kind);
    cache.put(key, terms);
    return terms;
  }

  private Terms evaluate(String profile, ClientType clientType, ContractKind kind) {
    List<Terms.Agency> known = profiles();
    Terms.Agency agency =
        known.stream()
            .filter(a -> a.profile().equals(profile))
            .findFirst()
            .orElseThrow(
                () ->
                    new UnknownTermsProfileException(
                        profile, known.stream().map(Terms.Agency::profile).toList()));
    VariableMap inputs =
        Variables.putValue(TERMS_PROFILE, profile)
            .putValue(CLIENT_TYPE, clientType.name())
            .putValue(CONTRACT_KIND, kind.name());
    return new Terms(
        profile,
        clientType,
        kind,
        agency,
        topic(Terms.Order.class, inputs),
        topic(Terms.Payment.class, inputs),
        topic(Terms.Dunning.class, inputs),
        topic(Terms.Delivery.class, inputs),
        topic(Terms.Change.class, inputs),
        topic(Terms.Renewal.class, inputs));
  }

  /**
   * The terms of the contract a process runs for, from its variables {@value #TERMS_PROFILE},
   * {@value #CLIENT_TYPE} and {@value #CONTRACT_KIND} (enum names), e.g. {@code
   * ${termsService.termsOf(execution).dunning.suspensionDelayDays}}.
   */
  public Terms termsOf(VariableScope scope) {
    return termsFor(
        (String) scope.getVariable(TERMS_PROFILE),
        ClientType.valueOf(String.valueOf(scope.getVariable(CLIENT_TYPE))),
        ContractKind.valueOf(String.valueOf(scope.getVariable(CONTRACT_KIND))));
  }

  private <R extends Record> R topic(Class<R> type, VariableMap inputs) {
    String decision = "terms-" + type.getSimpleName().toLowerCase(Locale.ROOT);
    DmnDecisionTableResult rows =
        decisionService.evaluateDecisionTableByKey(decision).variables(inputs).evaluate();
    if (rows.isEmpty()) {
      throw new IllegalStateException(
          "Decision '" + decision + "' has no row for " + inputs + ": add one in Camunda Modeler");
    }
    return toRecord(type, decision, rows.getSingleResult().getEntryMap());
  }

  private static <R extends Record> R toRecord(
      Class<R> type, String decision, Map<String, Object> outputs) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      if (!outputs.containsKey(component.getName())) {
        throw new IllegalStateException(
            "Decision '" + decision + "' has no output named '" + component.getName()
                + "': every row must state it (null when the profile has no such rule)");
      }
      values[i] = convert(component, decision, outputs.get(component.getName()));
    }
    try {
      return type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
          .newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
    }
  }

  private static Object convert(RecordComponent component, String decision, Object value) {
    Class<?> type = component.getType();
    if (value == null) {
      if (type.isPrimitive()) {
        throw new IllegalStateException(
            "Decision '" + decision + "' output '" + component.getName() + "' must not be null");
      }
      return null;
    }
    try {
      if (type == int.class || type == Integer.class) {
        return Math.toIntExact(((Number) value).longValue());
      }
      if (type == boolean.class) {
        return (Boolean) value;
      }
      if (type == BigDecimal.class) {
        BigDecimal number = new BigDecimal(value.toString()).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
      }
      if (type.isEnum()) {
        return enumValue(type.asSubclass(Enum.class), value.toString());
      }
      return type.cast(value);
    } catch (ClassCastException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "Decision '" + decision + "' output '" + component.getName() + "' = '" + value
              + "' is not a " + type.getSimpleName()
              + (type.isEnum() ? " " + Arrays.toString(type.getEnumConstants()) : ""),
          e);
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
    return Enum.valueOf(type, name);
  }
}
