package be.contractflow.process;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeType;
import be.contractflow.terms.Terms;

/** A notice about a contract with the common keys every template reads (agency, court, quote). */
public final class ContractNotices {

  private ContractNotices() {}

  public static NoticeRequest of(String key, NoticeType type, String clause, String clientId,
      String contractNumber, String quoteNumber, Terms.Agency agency) {
    return NoticeRequest.of(key, type, clause, clientId)
        .withContract(contractNumber)
        .withAgency(agency, quoteNumber);
  }
}
