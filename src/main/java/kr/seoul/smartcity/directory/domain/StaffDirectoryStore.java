package kr.seoul.smartcity.directory.domain;

import java.time.Instant;
import java.util.List;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The staff directory: enabled accounts with their departments and contact details (table staff_contact). */
@Repository
public class StaffDirectoryStore {

    private static final String SELECT = """
            SELECT a.username, a.display_name, a.role, a.department_code, d.name_ko, d.name_en,
                   COALESCE(c.rank_title, '') AS rank_title, COALESCE(c.phone, '') AS phone,
                   COALESCE(c.on_duty, TRUE) AS on_duty
            FROM user_account a
            LEFT JOIN department d ON d.code = a.department_code
            LEFT JOIN staff_contact c ON c.account_id = a.id
            WHERE a.enabled""";

    private final DatabaseClient database;
    private final DatabaseCalls await;

    StaffDirectoryStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    /** Everyone, ordered by department and name. */
    public List<StaffMember> all() {
        return database.sql(SELECT + " ORDER BY a.department_code NULLS FIRST, a.display_name")
                .map(StaffDirectoryStore::member)
                .all()
                .as(await::list);
    }

    public List<StaffMember> inDepartment(String departmentCode) {
        return database.sql(SELECT + " AND a.department_code = :code ORDER BY a.display_name")
                .bind("code", departmentCode)
                .map(StaffDirectoryStore::member)
                .all()
                .as(await::list);
    }

    /** Sets an account's contact details; returns false if there is no enabled account of that name. */
    public boolean updateContact(String username, String rankTitle, String phone, boolean onDuty) {
        Long updated = database.sql("""
                        INSERT INTO staff_contact (account_id, rank_title, phone, on_duty, updated_at)
                        SELECT id, :rank, :phone, :duty, :at FROM user_account WHERE username = :username AND enabled
                        ON CONFLICT (account_id) DO UPDATE SET rank_title = EXCLUDED.rank_title,
                            phone = EXCLUDED.phone, on_duty = EXCLUDED.on_duty, updated_at = EXCLUDED.updated_at""")
                .bind("rank", rankTitle)
                .bind("phone", phone)
                .bind("duty", onDuty)
                .bind("at", Instant.now())
                .bind("username", username)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return updated != null && updated > 0;
    }

    private static StaffMember member(Readable row) {
        return new StaffMember(
                row.get("username", String.class),
                row.get("display_name", String.class),
                Role.valueOf(row.get("role", String.class)),
                row.get("department_code", String.class),
                row.get("name_ko", String.class),
                row.get("name_en", String.class),
                row.get("rank_title", String.class),
                row.get("phone", String.class),
                Boolean.TRUE.equals(row.get("on_duty", Boolean.class)));
    }
}
