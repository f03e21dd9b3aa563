package be.contractflow.notice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code contractflow.peppol.*}: the access point e-invoices are handed to.
 *
 * @param endpoint the provider's HTTPS endpoint that accepts a UBL document by POST; unset: no
 *     access point, every e-invoice fails at once with that reason (accounting is told)
 * @param apiKey sent as {@code Authorization: Bearer <key>}
 * @param timeout connect and response timeout of one attempt
 */
@ConfigurationProperties("contractflow.peppol")
public record PeppolProperties(String endpoint, String apiKey,
    @DefaultValue("PT30S") Duration timeout) {}
