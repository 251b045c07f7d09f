package ruhr.welcome.admin.api;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    boolean existsByNameIgnoreCase(String name);

    List<ApiToken> findAllByOrderByCreatedAtDesc();
}
