package ruhr.welcome.admin.faq;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FaqEntryVersionRepository extends JpaRepository<FaqEntryVersion, Long> {

    List<FaqEntryVersion> findByEntryKeyOrderByRevisionDesc(String entryKey);

    Optional<FaqEntryVersion> findByEntryKeyAndRevision(String entryKey, int revision);

    @Query("select coalesce(max(v.revision), 0) from FaqEntryVersion v where v.entryKey = ?1")
    int lastRevision(String entryKey);
}
