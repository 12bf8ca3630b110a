package kr.seoul.smartcity.civic.service;

/** How a bureau handled complaints over a period: received, handled, still open, and past their deadline. */
public record BureauStatus(String departmentCode, int received, int handled, int overdue) {

    public int open() {
        return Math.max(0, received - handled);
    }

    public double handledShare() {
        return received == 0 ? 1 : (double) handled / received;
    }

    public boolean flagged() {
        return overdue > 0;
    }
}
