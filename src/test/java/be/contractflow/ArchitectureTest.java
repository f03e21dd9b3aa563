package be.contractflow;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure of the application code (README, "Packages and layers"): no import
 * cycle between packages, and each layer uses only the layers below it.
 */
@AnalyzeClasses(packages = "be.contractflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String PROCESS = "be.contractflow.process";

  /** api, audit, billing, process, ... (a package with all its subpackages) import no circle. */
  @ArchTest
  static final ArchRule no_cycle_between_top_level_packages =
      slices().matching("be.contractflow.(*)..").namingSlices("$1")
          .should().beFreeOfCycles();

  /**
   * Every package on its own — {@code process} and each of its processes ({@code process.order},
   * {@code process.delivery}, ...) included — imports no circle.
   */
  @ArchTest
  static final ArchRule no_cycle_between_packages =
      slices().matching("be.contractflow.(**)").namingSlices("$1")
          .should().beFreeOfCycles();

  /**
   * {@code process} itself ({@code ContractLifecycle}, {@code ContractEvents}, the shared
   * variables) is the seam the processes meet at: it knows none of them.
   */
  @ArchTest
  static final ArchRule the_seam_knows_no_process =
      noClasses().that().resideInAPackage(PROCESS)
          .should().dependOnClassesThat(describe("reside in a process package under " + PROCESS,
              (JavaClass c) -> c.getPackageName().startsWith(PROCESS + ".")));

  /**
   * Inside {@code process}: a process that follows a contract step may use that step's package
   * ({@code delivery} and {@code subscription} use {@code order}, {@code subscription} uses
   * {@code termination}, {@code payment} uses {@code order}), never the other way; the seam is
   * below both.
   */
  @ArchTest
  static final ArchRule process_packages =
      layeredArchitecture().consideringOnlyDependenciesInLayers()
          .layer("followers").definedBy(PROCESS + ".delivery..", PROCESS + ".subscription..",
              PROCESS + ".payment..")
          .layer("steps").definedBy(PROCESS + ".order..", PROCESS + ".change..",
              PROCESS + ".termination..")
          .layer("seam").definedBy(PROCESS)
          .whereLayer("followers").mayNotBeAccessedByAnyLayer()
          .whereLayer("steps").mayOnlyBeAccessedByLayers("followers")
          .whereLayer("seam").mayOnlyBeAccessedByLayers("followers", "steps");

  /** Each layer uses only the layers below it (any of them, not only the next). */
  @ArchTest
  static final ArchRule layers =
      layeredArchitecture().consideringOnlyDependenciesInLayers()
          .layer("web").definedBy("be.contractflow.api..", "be.contractflow.webapp..",
              "be.contractflow.audit..", "be.contractflow.security..",
              "be.contractflow.simulation..")
          .layer("process").definedBy("be.contractflow.process..")
          .layer("billing").definedBy("be.contractflow.billing..")
          .layer("rules").definedBy("be.contractflow.terms..", "be.contractflow.money..",
              "be.contractflow.notice..")
          .layer("ledger").definedBy("be.contractflow.ledger..", "be.contractflow.calendar..")
          .layer("time").definedBy("be.contractflow.time..")
          .whereLayer("web").mayNotBeAccessedByAnyLayer()
          .whereLayer("process").mayOnlyBeAccessedByLayers("web")
          .whereLayer("billing").mayOnlyBeAccessedByLayers("web", "process")
          .whereLayer("rules").mayOnlyBeAccessedByLayers("web", "process", "billing")
          .whereLayer("ledger").mayOnlyBeAccessedByLayers("web", "process", "billing", "rules")
          .whereLayer("time")
          .mayOnlyBeAccessedByLayers("web", "process", "billing", "rules", "ledger");
}
