package ruhr.welcome.knowledge.questions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AskedQuestionRepository extends JpaRepository<AskedQuestion, Long> {

    List<AskedQuestion> findByAskerOrderByAskedAt(String asker);

    @Modifying
    @Query("delete from AskedQuestion q where q.asker = ?1")
    int deleteByAsker(String asker);
}
