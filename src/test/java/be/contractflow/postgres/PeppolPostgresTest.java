package be.contractflow.postgres;

import be.contractflow.billing.PeppolChannelTest;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Peppol channel scenarios of {@link PeppolChannelTest} on a real PostgreSQL ({@code ./mvnw
 * verify -Ppostgres}): the relay's claims, the due date moved past the evidence triggers (V87),
 * the payment process waiting for the proven sending.
 */
@Tag("postgres")
@ActiveProfiles({"test", "postgres"})
class PeppolPostgresTest extends PeppolChannelTest {}
