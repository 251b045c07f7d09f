package ruhr.welcome.admin.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsernameIgnoreCase(String username);

    boolean existsByRole(Role role);

    long countByRoleAndEnabledTrue(Role role);

    java.util.List<StaffUser> findAllByOrderByUsernameAsc();
}
