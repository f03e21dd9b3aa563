package be.contractflow.api;

import be.contractflow.ledger.Party;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.security.ApiAccess;
import be.contractflow.security.CurrentUser;
import be.contractflow.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contracts")
@Tag(name = "Contracts")
public class ContractEventController {

  public record NewEvent(
      @NotNull(message = "is required: send one of CONTENTS_RECEIVED, GO_LIVE, TWEAK_REQUESTED, "
          + "NON_CONFORMITY, MALFUNCTION, TRAINING_DONE, CANCELLATION, WITHDRAWAL, TERMINATION, "
          + "INVOICE_CONTEST, CHANGE_REQUEST, SERVICE_INTERRUPTED, SERVICE_RESTORED, FORCE_MAJEURE, "
          + "CONTENT_VIOLATION (BDB-17.3), PROVIDER_INCAPACITY (BDB-18), HARDWARE_DELIVERED (WJA-16)")
      ContractEventType type,
      LocalDate date,
      @NotNull(message = "is required: send CLIENT or PROVIDER") Party by,
      @NotNull(message = "is required: send EMAIL, REGISTERED_LETTER, PHONE or IN_PERSON") Channel channel,
      @Size(max = 2000, message = "is longer than 2000 characters: send a short reason") String reason,
      @Size(max = 24, message = "is longer than 24 characters: send an invoice number such as "
          + "I-2026-00001") String invoiceNumber) {}

  public record EventAccepted(String contractNumber, ContractEventType type, LocalDate date,
      int processesNotified) {}

  private final ContractEvents events;
  private final BusinessClock clock;

  public ContractEventController(ContractEvents events, BusinessClock clock) {
    this.events = events;
    this.clock = clock;
  }

  @PostMapping("/{number}/events")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Deliver an event to the contract's processes",
      description = "An event the contract's state does not allow is refused with 409 and the reason.")
  public EventAccepted post(@PathVariable String number, @Valid @RequestBody NewEvent body) {
    List<String> mayPost = ApiAccess.eventGroups(body.type());
    if (CurrentUser.require().groupIds().stream().noneMatch(mayPost::contains)) {
      throw new ForbiddenException("A " + body.type() + " event is posted by the groups "
          + String.join(", ", mayPost) + " (the README's table \"Roles on /api\"); the "
          + "authenticated user is in none of them. Nothing was changed.");
    }
    LocalDate today = clock.today();
    LocalDate date = body.date() != null ? body.date() : today;
    if (date.isAfter(today)) {
      throw new InvalidRequestException("date", "'date' is " + date + ", after today (" + today
          + "): send the date the event happened, or leave it out for today.");
    }
    int notified = events.deliver(number,
        new ContractEvents.Event(body.type(), date, body.by(), body.channel(), body.reason(),
            body.invoiceNumber()));
    return new EventAccepted(number, body.type(), date, notified);
  }
}
