package ruhr.welcome.bot.guide;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A weekly window in which a guide takes chats, in the region's local time. */
@Embeddable
public record Window(@Column(name = "day_of_week") int dayOfWeek,
                     @Column(name = "start_time") LocalTime start,
                     @Column(name = "end_time") LocalTime end) {

    public Window {
        if (dayOfWeek < 1 || dayOfWeek > 7 || !start.isBefore(end)) {
            throw new IllegalArgumentException("a window is one weekday with a start before its end");
        }
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }
}
