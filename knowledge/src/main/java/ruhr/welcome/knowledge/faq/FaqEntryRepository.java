package ruhr.welcome.knowledge.faq;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FaqEntryRepository extends JpaRepository<FaqEntry, Long> {

    @EntityGraph(attributePaths = {"texts", "texts.links"})
    Optional<FaqEntry> findByKey(String key);

    @EntityGraph(attributePaths = {"texts"})
    List<FaqEntry> findByStatus(EntryStatus status);

    /** The city entries that replace this regional entry in their city. */
    List<FaqEntry> findByVariantOf(String key);

    @EntityGraph(attributePaths = {"texts", "texts.links"})
    @Query("select e from FaqEntry e")
    List<FaqEntry> findAllWithTexts();
}
