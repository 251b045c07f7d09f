package ruhr.welcome.bot.referral;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findAllByOrderByNameAsc();

    /**
     * Services for an area that cover the city (or the whole region): those speaking the newcomer's
     * language first, then those of the city before regional ones.
     */
    @Query(value = """
            select * from referral_service
            where cast(:area as text) = any(areas) and (city is null or city = cast(:city as text))
            order by coalesce(cast(:lang as text) = any(languages), false) desc, (city is not null) desc, name
            limit :limit""", nativeQuery = true)
    List<Referral> matching(String area, String city, String lang, int limit);
}
