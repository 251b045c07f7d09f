package ruhr.welcome.admin.faq;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    List<ChangeRequest> findByStateOrderByProposedAtAsc(ChangeRequest.State state);

    List<ChangeRequest> findByEntryKeyAndStateOrderByProposedAtAsc(String entryKey, ChangeRequest.State state);
}
