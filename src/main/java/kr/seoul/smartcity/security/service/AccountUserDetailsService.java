package kr.seoul.smartcity.security.service;

import kr.seoul.smartcity.directory.service.DirectoryService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs staff in against the accounts of the directory. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final DirectoryService directory;

    AccountUserDetailsService(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return directory
                .findAccount(username)
                .map(CityUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
