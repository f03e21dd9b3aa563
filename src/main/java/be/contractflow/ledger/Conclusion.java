package be.contractflow.ledger;

/**
 * How the contract was concluded, as recorded at signature: where ({@link ConcludedAt}) and whether
 * the consumer expressly asked the work to start inside the withdrawal period (CEL VI.46 §8, VI.51
 * §3), acknowledging losing the right once the service is fully performed (VI.53 1°).
 */
public record Conclusion(ConcludedAt concludedAt, boolean earlyStartRequested) {}
