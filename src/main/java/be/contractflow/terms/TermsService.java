package be.contractflow.terms;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.time.BusinessClock;
import be.contractflow.ledger.ContractKind;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Collections;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Evaluates the terms decision tables ({@code bpmn/terms-*.dmn}) through Camunda's decision
 * service into a typed {@link Terms}. Each topic record of {@link Terms} is filled from the
 * decision {@code terms-<topic>} (e.g. {@code terms-order} for {@link Terms.Order}), each component
 * from the decision output of the same name; the profile's agency comes from {@code
 * terms-profiles}. A new profile therefore needs rows only.
 *
 * <p><b>Pinned terms.</b> At signature ({@link #pin}) a contract records the exact decision
 * definitions in force ({@link ContractTermsVersions}); every later evaluation for that contract
 * ({@link #termsFor(Contract, ClientType)}, {@link #termsOf} with a {@value #CONTRACT_NUMBER}
 * variable) evaluates those definitions by id. A terms deployment therefore applies to contracts
 * signed after it, never to running ones. Quotes (not signed yet) read the latest version.
 *
 * <p>Before signature the latest deployed version of each decision applies. Results are cached per
 * profile, client type and kind <em>and</em> per set of latest decision versions (cached until
 * the next deployment on this node, see {@link #latestVersions()}): a table deployed from Modeler
 * applies at the next call, and each version is evaluated, and written to the decision history, once per
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

  /** The process variable naming the contract whose pinned terms {@link #termsOf} reads. */
  public static final String CONTRACT_NUMBER = "contractNumber";

  /** The prefix of every terms decision key ({@code terms-payment}, {@code terms-profiles}…). */
  public static final String DECISION_PREFIX = "terms-";

  /** The decisions one {@link Terms} is evaluated from. */
  private static final java.util.Set<String> TOPICS = java.util.Set.of(PROFILES_DECISION,
      "terms-order", "terms-payment", "terms-dunning", "terms-delivery", "terms-change",
      "terms-renewal");

  private final DecisionService decisionService;
  /** Evaluated terms per (decision definition ids, profile, client type, kind). */
  private final Map<List<Object>, Terms> cache = new ConcurrentHashMap<>();

  private static final int CACHE_LIMIT = 1_000;
  private final ContractTermsVersions pins;
  private final BusinessClock clock;

  /** Without a ledger (engine-only tests): nothing is pinned, the latest terms always apply. */
  public TermsService(DecisionService decisionService, RepositoryService repository) {
    this(decisionService, repository, null, null);
  }

  /** Without deployment notifications: the latest versions are asked of the engine each time. */
  public TermsService(DecisionService decisionService, RepositoryService repository,
      ContractTermsVersions pins, BusinessClock clock) {
    this(decisionService, pins, clock, LatestDecisions.uncached(repository));
  }

  @Autowired
  public TermsService(DecisionService decisionService, ContractTermsVersions pins,
      BusinessClock clock, LatestDecisions latestDecisions) {
    this.decisionService = decisionService;
    this.pins = pins;
    this.clock = clock;
    this.latestDecisions = latestDecisions;
  }

  private final LatestDecisions latestDecisions;

  /**
   * The latest version of every terms decision, by decision key ({@link LatestDecisions}: cached
   * until the next deployment or deletion on this engine; a table deployed from Modeler applies
   * at the next call, one deployed through another node of a cluster within {@code
   * contractflow.terms.latest-versions-max-age}, 5 s).
   */
  public Map<String, TermsVersion> latestVersions() {
    var versions = new TreeMap<String, TermsVersion>();
    for (DecisionDefinition d : latestDecisions.latestStartingWith(DECISION_PREFIX)) {
      versions.put(d.getKey(), new TermsVersion(d.getKey(), d.getId(), d.getVersion()));
    }
    return Collections.unmodifiableMap(versions);
  }

  /**
   * The terms decisions a contract uses: those pinned at its signature, else (not signed yet, or
   * signed before pinning existed) the latest ones.
   */
  public Map<String, TermsVersion> versionsOf(String contractNumber) {
    Map<String, TermsVersion> pinned =
        contractNumber == null || pins == null ? Map.of() : pins.of(contractNumber);
    if (pinned.isEmpty()) {
      return latestVersions();
    }
    if (pinned.keySet().containsAll(TOPICS)) {
      return pinned; // the usual case: one indexed query, no look-up of the latest versions
    }
    // a decision added after the signature (a new topic) applies in its latest version
    var versions = new TreeMap<>(latestVersions());
    versions.putAll(pinned);
    return versions;
  }

  /** Whether the contract's terms are pinned (it was signed). */
  public boolean isPinned(String contractNumber) {
    return pins != null && !pins.of(contractNumber).isEmpty();
  }

  /**
   * Pins the latest terms decisions for a contract at its signature; a second call keeps the
   * first pins.
   *
   * @return the pinned versions
   */
  public Map<String, TermsVersion> pin(String contractNumber) {
    pins.pin(contractNumber, latestVersions().values(), clock.now());
    return pins.of(contractNumber);
  }

  /** The known profiles with their agency, court and default language, sorted by id. */
  public List<Terms.Agency> profiles() {
    return profiles(latestVersions());
  }

  private List<Terms.Agency> profiles(Map<String, TermsVersion> versions) {
    DmnDecisionTableResult rows =
        decisionService.evaluateDecisionTableById(definitionId(versions, PROFILES_DECISION))
            .evaluate();
    return rows.getResultList().stream()
        .map(row -> toRecord(Terms.Agency.class, PROFILES_DECISION, null, row))
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
    return termsFor(latestVersions(), profile, clientType, kind);
  }

  /**
   * The terms of a contract: those pinned at its signature (see {@link #pin}), the latest ones
   * while it is not signed.
   */
  public Terms termsFor(Contract contract, ClientType clientType) {
    return termsFor(versionsOf(contract.number()), contract.termsProfile(), clientType,
        contract.kind());
  }

  private Terms termsFor(Map<String, TermsVersion> versions, String profile,
      ClientType clientType, ContractKind kind) {
    Objects.requireNonNull(clientType, "clientType");
    Objects.requireNonNull(kind, "kind");
    List<Object> key = List.of(
        versions.values().stream().map(TermsVersion::decisionDefinitionId).toList(),
        String.valueOf(profile), clientType, kind);
    Terms cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    Terms terms = evaluate(versions, profile, clientType, kind);
    cache.put(key, terms);
    return terms;
  }

  private Terms evaluate(Map<String, TermsVersion> versions, String profile,
      ClientType clientType, ContractKind kind) {
    List<Terms.Agency> known = profiles(versions);
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
        topic(Terms.Order.class, inputs, versions),
        topic(Terms.Payment.class, inputs, versions),
        topic(Terms.Dunning.class, inputs, versions),
        topic(Terms.Delivery.class, inputs, versions),
        topic(Terms.Change.class, inputs, versions),
        topic(Terms.Renewal.class, inputs, versions));
  }

  /**
   * The terms of the contract a process runs for, from its variables {@value #TERMS_PROFILE},
   * {@value #CLIENT_TYPE} and {@value #CONTRACT_KIND} (enum names), e.g. {@code
   * ${termsService.termsOf(execution).dunning.suspensionDelayDays}}.
   */
  public Terms termsOf(VariableScope scope) {
    Object contractNumber = scope.getVariable(CONTRACT_NUMBER);
    return termsFor(
        versionsOf(contractNumber == null ? null : contractNumber.toString()),
        (String) scope.getVariable(TERMS_PROFILE),
        ClientType.valueOf(String.valueOf(scope.getVariable(CLIENT_TYPE))),
        ContractKind.valueOf(String.valueOf(scope.getVariable(CONTRACT_KIND))));
  }

  private <R extends Record> R topic(Class<R> type, VariableMap inputs,
      Map<String, TermsVersion> versions) {
    String decision = DECISION_PREFIX + type.getSimpleName().toLowerCase(Locale.ROOT);
    String definitionId = definitionId(versions, decision);
    DmnDecisionTableResult rows =
        decisionService.evaluateDecisionTableById(definitionId).variables(inputs).evaluate();
    if (rows.isEmpty()) {
      throw new IllegalStateException(
          "Decision '" + decision + "' has no row for " + inputs + ": add one in Camunda Modeler");
    }
    return toRecord(type, decision, definitionId, rows.getSingleResult().getEntryMap());
  }

  private static String definitionId(Map<String, TermsVersion> versions, String decision) {
    TermsVersion version = versions.get(decision);
    if (version == null) {
      throw new IllegalStateException("Decision '" + decision + "' is not deployed: deploy "
          + "bpmn/" + decision + ".dmn (or the file defining it) from Camunda Modeler");
    }
    return version.decisionDefinitionId();
  }

  /**
   * @param definitionId the evaluated version; an output it lacks reads as null when a later
   *     version of the decision added it (a contract pinned before the output existed), and is an
   *     error in the latest version (every row must state it); null: always an error
   */
  private <R extends Record> R toRecord(
      Class<R> type, String decision, String definitionId, Map<String, Object> outputs) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      if (!outputs.containsKey(component.getName())) {
        if (!component.getType().isPrimitive() && isSuperseded(decision, definitionId)) {
          values[i] = null; // pinned to a version from before this output was added
          continue;
        }
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

  /** Whether a later version of {@code decision} than {@code definitionId} is deployed. */
  private boolean isSuperseded(String decision, String definitionId) {
    if (definitionId == null) {
      return false;
    }
    return latestDecisions.latest(decision)
        .map(latest -> !latest.getId().equals(definitionId)).orElse(false);
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
