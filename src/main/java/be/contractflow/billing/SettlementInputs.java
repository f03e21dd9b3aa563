package be.contractflow.billing;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.DunningState;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.Payment;
import be.contractflow.terms.Terms;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The ledger rows one invoice's amounts are computed from, each read at most once, on first use
 * (issue 16): the reminder states the amount due, the announced rate and the announced indemnity,
 * and each of them read the same client, contract, payments, credit notes and dunning state again
 * — 15 ms per reminder in the month-end storm. A step that already loaded the invoice, contract,
 * client, terms and dunning state hands them over ({@link SettlementService#inputsOf(Invoice,
 * DunningState, Contract, Client, Terms)}).
 *
 * <p>A snapshot of one step, never refreshed: build it after the step's last write to these rows
 * and drop it with the step. Not for sharing between threads.
 */
public final class SettlementInputs {

  private final Invoice invoice;
  private final Once<List<Payment>> payments;
  private final Once<List<CreditNote>> creditNotes;
  private final Once<Client> client;
  private final Once<Contract> contract;
  private final Once<Terms> terms;
  private final Once<DunningState> dunningState;
  private final Once<Boolean> concludesOrder;

  SettlementInputs(Invoice invoice, Supplier<List<Payment>> payments,
      Supplier<List<CreditNote>> creditNotes, Supplier<Client> client,
      Supplier<Contract> contract, Function<SettlementInputs, Terms> terms,
      Supplier<DunningState> dunningState, Function<SettlementInputs, Boolean> concludesOrder) {
    this.invoice = Objects.requireNonNull(invoice, "invoice");
    this.payments = new Once<>(payments);
    this.creditNotes = new Once<>(creditNotes);
    this.client = new Once<>(client);
    this.contract = new Once<>(contract);
    this.terms = new Once<>(() -> terms.apply(this));
    this.dunningState = new Once<>(dunningState);
    this.concludesOrder = new Once<>(() -> concludesOrder.apply(this));
  }

  public Invoice invoice() {
    return invoice;
  }

  /** Every payment of the invoice, oldest first. */
  List<Payment> payments() {
    return payments.get();
  }

  /** Every credit note naming the invoice, in number order. */
  List<CreditNote> creditNotes() {
    return creditNotes.get();
  }

  Client client() {
    return client.get();
  }

  Contract contract() {
    return contract.get();
  }

  /** The contract's terms for its client type. */
  Terms terms() {
    return terms.get();
  }

  /** The dunning state as the ledger records it (not what the outbox proves). */
  DunningState dunningState() {
    return dunningState.get();
  }

  /** {@link SettlementService#concludesOrder} of the invoice. */
  boolean concludesOrder() {
    return concludesOrder.get();
  }

  /** A value computed by its source on first use, then kept. */
  private static final class Once<T> implements Supplier<T> {

    private Supplier<T> source;
    private T value;

    Once(Supplier<T> source) {
      this.source = Objects.requireNonNull(source);
    }

    @Override
    public T get() {
      if (source != null) {
        value = source.get();
        source = null;
      }
      return value;
    }
  }
}
