package be.contractflow.api;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Language;
import be.contractflow.terms.BelgianEnterpriseNumber;
import be.contractflow.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
@Tag(name = "Clients")
public class ClientController {

  public record NewClient(
      @NotBlank(message = "is required: send the client's name")
      @Size(max = 200, message = "is longer than 200 characters: send the client's name") String name,
      @NotBlank(message = "is required: send the address notices go to")
      @Email(message = "is not an email address: send e.g. name@example.be")
      @Size(max = 320, message = "is longer than 320 characters: send one email address") String email,
      @NotNull(message = "is required: send fr, nl or en") Language language,
      @NotNull(message = "is required: send PROFESSIONAL or CONSUMER") ClientType type,
      @Size(max = 32, message = "is longer than 32 characters: send a VAT number such as "
          + "BE0123456789") String vatNumber,
      @Size(max = 500, message = "is longer than 500 characters: send the postal address") String address,
      @Size(max = 32, message = "is longer than 32 characters: send one phone number such as "
          + "+32 4 123 45 67") String phone) {}

  public record ClientCreated(String id) {}

  public record ClientView(String id, String name, String email, Language language,
      ClientType type, String vatNumber, String address, String phone) {}

  private final ClientRepository clients;
  private final BusinessClock clock;

  public ClientController(ClientRepository clients, BusinessClock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Create a client", description = "Notices go to its email, in its language; "
      + "CONSUMER clients get the protection of Book XIX of the Code of Economic Law.")
  public ClientCreated create(@Valid @RequestBody NewClient body) {
    var client = clients.insert(new Client(null, body.name().trim(), body.email().trim(),
        body.language(), body.type(), vatNumber(body.vatNumber()), blankToNull(body.address()),
        clock.now(), phone(body.phone())));
    return new ClientCreated(client.id());
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a client")
  public ClientView get(@PathVariable String id) {
    var c = clients.require(id);
    return new ClientView(c.id(), c.name(), c.email(), c.language(), c.type(), c.vatNumber(),
        c.address(), c.phone());
  }

  /**
   * The VAT number in its compact form ({@code BE0403170701}): a Belgian one must pass the check
   * digits of its enterprise number (it is printed on invoices and is the client's Peppol
   * address); another EU one must have the shape of a VAT number (country code, 2–12 letters or
   * digits).
   *
   * @throws InvalidRequestException naming {@code vatNumber} and what to send instead
   */
  static String vatNumber(String value) {
    String given = blankToNull(value);
    if (given == null) {
      return null;
    }
    String compact = given.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
    if (compact.startsWith("BE")) {
      return BelgianEnterpriseNumber.vatCompact(compact).orElseThrow(() ->
          new InvalidRequestException("vatNumber", "'vatNumber' '" + given + "' is not a Belgian"
              + " VAT number: send BE followed by the ten digits of the enterprise number, whose"
              + " last two are 97 minus the first eight modulo 97 (e.g. BE0403170701)."));
    }
    if (!compact.matches("[A-Z]{2}[0-9A-Z+*]{2,12}")) {
      throw new InvalidRequestException("vatNumber", "'vatNumber' '" + given + "' is not a VAT"
          + " number: send the country code and the number (e.g. BE0403170701, FR40303265045),"
          + " or leave it out for a client without one.");
    }
    return compact;
  }

  /**
   * A phone number as staff dial it: an optional leading +, then 6 to 20 digits, which may be
   * grouped by spaces, dots, slashes, hyphens or parentheses ({@code +32 4 123 45 67},
   * {@code 04/123.45.67}); kept as given, trimmed.
   *
   * @throws InvalidRequestException naming {@code phone} and what to send instead
   */
  static String phone(String value) {
    String given = blankToNull(value);
    if (given == null) {
      return null;
    }
    String digits = given.replaceAll("[^0-9]", "");
    if (!given.matches("\\+?[0-9 ./()\\-]+") || digits.length() < 6 || digits.length() > 20) {
      throw new InvalidRequestException("phone", "'phone' '" + given + "' is not a phone number:"
          + " send digits with an optional leading + (e.g. +32 4 123 45 67 or 04 123 45 67),"
          + " or leave it out.");
    }
    return given;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
