package ruhr.welcome.knowledge.search;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SearchSynonymRepository extends JpaRepository<SearchSynonym, Long> {

    List<SearchSynonym> findByLangOrderById(String lang);

    List<SearchSynonym> findAllByOrderById();
}
