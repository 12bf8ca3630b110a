package kr.seoul.smartcity.security;

import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.directory.service.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * A production installation starts with no accounts. When {@code city.security.initial-admin.password} is set and
 * no administrator exists yet, this opens the first administrator's account; it does nothing once one exists.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    /**
     * The first administrator of an empty installation.
     *
     * @param username    the account's username
     * @param password    its password; unset, no account is opened
     * @param displayName the name shown for it
     */
    @ConfigurationProperties("city.security.initial-admin")
    record Settings(
            @DefaultValue("admin") String username,
            String password,
            @DefaultValue("Administrator") String displayName) {}

    private final DirectoryService directory;
    private final Settings settings;

    InitialAdministrator(DirectoryService directory, Settings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.password() == null || settings.password().isBlank() || directory.hasAccountWithRole(Role.ADMIN)) {
            return;
        }
        if (settings.password().length() < 12) {
            throw new IllegalStateException("city.security.initial-admin.password must have at least 12 characters");
        }
        directory.openAccount(
                new NewAccount(settings.username(), settings.displayName(), settings.password(), Role.ADMIN, null));
        log.info(
                "Opened the first administrator account '{}'; remove city.security.initial-admin.password now",
                settings.username());
    }
}
