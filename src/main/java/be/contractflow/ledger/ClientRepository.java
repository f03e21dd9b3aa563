package be.contractflow.ledger;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ClientRepository {

  private final JdbcClient jdbc;

  public ClientRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Client insert(Client client) {
    var id = client.id() != null ? client.id() : UUID.randomUUID().toString();
    jdbc.sql("""
            insert into cf_client (id, name, email, language, type, vat_number, address, created_at,
                phone)
            values (:id, :name, :email, :language, :type, :vatNumber, :address, :createdAt,
                :phone)""")
        .param("id", id)
        .param("name", client.name())
        .param("email", client.email())
        .param("language", client.language().name())
        .param("type", client.type().name())
        .param("vatNumber", client.vatNumber())
        .param("address", client.address())
        .param("createdAt", client.createdAt())
        .param("phone", client.phone())
        .update();
    return new Client(id, client.name(), client.email(), client.language(), client.type(),
        client.vatNumber(), client.address(), client.createdAt(), client.phone());
  }

  public Optional<Client> find(String id) {
    return jdbc.sql("select * from cf_client where id = ?")
        .param(id)
        .query((rs, n) -> new Client(
            rs.getString("id"),
            rs.getString("name"),
            rs.getString("email"),
            Language.valueOf(rs.getString("language")),
            ClientType.valueOf(rs.getString("type")),
            rs.getString("vat_number"),
            rs.getString("address"),
            rs.getObject("created_at", java.time.OffsetDateTime.class),
            rs.getString("phone")))
        .optional();
  }

  public Client require(String id) {
    return find(id).orElseThrow(() -> new NotFoundException(
        "No client with id '" + id + "'. Create one with POST /api/clients and use the id it returns."));
  }
}
