package kr.seoul.smartcity.directory.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.domain.DepartmentRepository;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.domain.StaffDirectoryStore;
import kr.seoul.smartcity.directory.domain.StaffMember;
import kr.seoul.smartcity.directory.domain.UserAccount;
import kr.seoul.smartcity.directory.domain.UserAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Departments and staff accounts. Views and other features run on servlet threads, so this service offers a
 * blocking API over the reactive repositories.
 */
@Service
public class DirectoryService {

    private final DepartmentRepository departments;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final StaffDirectoryStore staff;
    private final DatabaseCalls await;

    DirectoryService(
            DepartmentRepository departments,
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            StaffDirectoryStore staff,
            DatabaseCalls await) {
        this.await = await;
        this.departments = departments;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.staff = staff;
    }

    /** The staff directory: every enabled account with department, rank, phone and duty, by department and name. */
    public List<StaffMember> staff() {
        return staff.all();
    }

    /** Directory entries matching every word of the query (name, rank, department, phone); all for a blank one. */
    public List<StaffMember> searchStaff(String query) {
        List<StaffMember> all = staff.all();
        return query == null || query.isBlank()
                ? all
                : all.stream().filter(member -> member.matches(query)).toList();
    }

    public Optional<StaffMember> staffMember(String username) {
        return staff.all().stream()
                .filter(member -> member.username().equals(username))
                .findFirst();
    }

    public List<StaffMember> staffOf(String departmentCode) {
        return staff.inDepartment(departmentCode);
    }

    /**
     * Records an account's rank title, phone and duty (administrators maintain the directory).
     *
     * @throws IllegalArgumentException if there is no such enabled account, or a value is too long
     */
    public void updateContact(String username, String rankTitle, String phone, boolean onDuty) {
        String rank = rankTitle == null ? "" : rankTitle.strip();
        String number = phone == null ? "" : phone.strip();
        if (rank.length() > 40 || number.length() > 40) {
            throw new IllegalArgumentException("Rank and phone take at most 40 characters");
        }
        if (!number.isEmpty() && !number.matches("[0-9+()\\- ]+")) {
            throw new IllegalArgumentException("A phone number has digits, spaces, +, - and brackets only: " + number);
        }
        if (!staff.updateContact(username, rank, number, onDuty)) {
            throw new IllegalArgumentException("No account " + username);
        }
    }

    public Optional<UserAccount> findAccount(String username) {
        return accounts.findByUsername(username).as(await::optional);
    }

    public boolean hasAccountWithRole(Role role) {
        return Boolean.TRUE.equals(accounts.existsByRole(role).as(await::value));
    }

    public Optional<Department> findDepartment(String code) {
        return departments.findById(code).as(await::optional);
    }

    public List<Department> departments() {
        return departments.findAll().as(await::list);
    }

    /** Adds a department, or leaves it as it is if its code exists. */
    public Department addDepartment(Department department) {
        return departments
                .findById(department.code())
                .switchIfEmpty(departments.save(department))
                .as(await::value);
    }

    /**
     * Opens an account.
     *
     * @throws IllegalArgumentException if the username is taken, an official has no department, or the department
     *                                  does not exist
     */
    public UserAccount openAccount(NewAccount account) {
        if (account.role() == Role.OFFICIAL && account.departmentCode() == null) {
            throw new IllegalArgumentException("An official belongs to a department");
        }
        if (account.departmentCode() != null
                && findDepartment(account.departmentCode()).isEmpty()) {
            throw new IllegalArgumentException("No department " + account.departmentCode());
        }
        if (findAccount(account.username()).isPresent()) {
            throw new IllegalArgumentException("The username " + account.username() + " is taken");
        }
        return accounts.save(new UserAccount(
                        null,
                        account.username(),
                        account.displayName(),
                        passwordEncoder.encode(account.password()),
                        account.role(),
                        account.departmentCode(),
                        true,
                        Instant.now(),
                        false,
                        null))
                .as(await::value);
    }

    /** Every account, enabled or not, by department and name: for administrators. */
    public List<UserAccount> accounts() {
        return accounts.findAllByOrderByDepartmentCodeAscDisplayNameAsc().as(await::list);
    }

    /** Enables or disables an account; false if there is none of that name. The caller checks who may. */
    public boolean setEnabled(String username, boolean enabled) {
        Integer updated = accounts.updateEnabled(username, enabled).as(await::value);
        return updated != null && updated > 0;
    }

    /**
     * Sets an account's password (hashed here), and whether it must be changed at the next sign-in; false if there
     * is no account of that name. The caller checks who may and the password's rules.
     */
    public boolean setPassword(String username, String password, boolean mustChange) {
        Integer updated = accounts.updatePassword(username, passwordEncoder.encode(password), mustChange, Instant.now())
                .as(await::value);
        return updated != null && updated > 0;
    }

    /** Whether this is the account's password. */
    public boolean passwordMatches(String username, String password) {
        return findAccount(username)
                .map(account -> passwordEncoder.matches(password, account.passwordHash()))
                .orElse(false);
    }
}
