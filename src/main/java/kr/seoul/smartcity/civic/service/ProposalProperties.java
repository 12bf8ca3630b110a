package kr.seoul.smartcity.civic.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Citizens' proposals.
 *
 * @param departmentThreshold supports after which the owning department answers
 * @param mayorThreshold      supports after which the mayor answers
 */
@ConfigurationProperties("city.civic.proposals")
public record ProposalProperties(@DefaultValue("50") int departmentThreshold, @DefaultValue("1000") int mayorThreshold) {
}
