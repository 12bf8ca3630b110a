package kr.seoul.smartcity.directory.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.domain.DepartmentRepository;
import kr.seoul.smartcity.directory.domain.Role;
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

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final DepartmentRepository departments;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DirectoryService(DepartmentRepository departments, UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.departments = departments;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<UserAccount> findAccount(String username) {
        return accounts.findByUsername(username).blockOptional(TIMEOUT);
    }

    public boolean hasAccountWithRole(Role role) {
        return Boolean.TRUE.equals(accounts.existsByRole(role).block(TIMEOUT));
    }

    public Optional<Department> findDepartment(String code) {
        return departments.findById(code).blockOptional(TIMEOUT);
    }

    public List<Department> departments() {
        return departments.findAll().collectList().block(TIMEOUT);
    }

    /** Adds a department, or leaves it as it is if its code exists. */
    public Department addDepartment(Department department) {
        return departments.findById(department.code())
                .switchIfEmpty(departments.save(department))
                .block(TIMEOUT);
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
        if (account.departmentCode() != null && findDepartment(account.departmentCode()).isEmpty()) {
            throw new IllegalArgumentException("No department " + account.departmentCode());
        }
        if (findAccount(account.username()).isPresent()) {
            throw new IllegalArgumentException("The username " + account.username() + " is taken");
        }
        return accounts.save(new UserAccount(null, account.username(), account.displayName(),
                passwordEncoder.encode(account.password()), account.role(), account.departmentCode(), true,
                Instant.now()))
                .block(TIMEOUT);
    }
}
