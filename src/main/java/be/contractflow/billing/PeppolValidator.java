package be.contractflow.billing;

import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.xml.serialize.read.DOMReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;

/**
 * Checks a UBL document against the official Peppol BIS Billing 3.0 validation artefacts (the
 * UBL 2.1 XSD, the CEN EN 16931 Schematron and the Peppol Schematron, as OpenPEPPOL publishes
 * them; shipped by {@code com.helger.phive.rules:phive-rules-peppol}): the latest release in force
 * at the given moment. Thread-safe; the artefacts are compiled once, at the first use.
 */
public final class PeppolValidator {

  /** One failed rule: its id ({@code BR-CO-15}, {@code PEPPOL-EN16931-R010}), text and place. */
  public record Finding(String rule, String text, String location) {
    @Override
    public String toString() {
      return "[" + rule + "] " + text + (location == null ? "" : " (" + location + ")");
    }
  }

  private static final class Holder {
    static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = registry();

    private static ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
      var registry = new ValidationExecutorSetRegistry<IValidationSourceXML>();
      PeppolValidation.initStandard(registry);
      return registry;
    }
  }

  private PeppolValidator() {}

  /** The errors (not the warnings) the artefacts in force at {@code at} find; empty = valid. */
  public static List<Finding> errors(byte[] xml, boolean creditNote, OffsetDateTime at) {
    IValidationExecutorSet<IValidationSourceXML> rules = rules(creditNote, at);
    Document document = DOMReader.readXMLDOM(xml);
    if (document == null) {
      return List.of(new Finding("XML", "not well-formed XML", null));
    }
    var result = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(),
        rules, ValidationSourceXML.create(null, document), Locale.ENGLISH);
    var findings = new ArrayList<Finding>();
    for (IError error : result.getAllErrors()) {
      findings.add(new Finding(error.getErrorID() == null ? "XSD" : error.getErrorID(),
          error.getErrorText(Locale.ENGLISH),
          error.getErrorFieldName() != null ? error.getErrorFieldName()
              : error.hasErrorLocation() ? error.getErrorLocation().getAsString() : null));
    }
    return findings;
  }

  /** Which artefacts {@link #errors} applies at {@code at}, e.g. "OpenPeppol UBL Invoice 2026.5". */
  public static String rulesName(boolean creditNote, OffsetDateTime at) {
    var rules = rules(creditNote, at);
    return rules.getDisplayName() + " (" + rules.getID().getAsSingleID() + ")";
  }

  private static IValidationExecutorSet<IValidationSourceXML> rules(boolean creditNote,
      OffsetDateTime at) {
    DVRCoordinate known = creditNote ? PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3
        : PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3;
    var latest = Holder.REGISTRY.getLatestReleaseActiveVersion(known.getGroupID(),
        known.getArtifactID(), null, at);
    return latest != null ? latest : Holder.REGISTRY.getOfID(known);
  }
}
