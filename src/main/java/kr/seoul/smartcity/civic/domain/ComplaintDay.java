package kr.seoul.smartcity.civic.domain;

import java.time.LocalDate;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;

/** One day's complaints and petitions of one channel for one bureau: received, handled, and past their deadline. */
public record ComplaintDay(
        LocalDate day,
        Channel channel,
        String departmentCode,
        int received,
        int handled,
        int overdue,
        DisclosureClass disclosure)
        implements Disclosed {

    @Override
    public String owningDepartment() {
        return departmentCode;
    }
}
