package ruhr.welcome.knowledge.faq;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cities and districts of the Ruhr region an entry or a newcomer can belong to. */
public enum City {
    BOCHUM("bochum", "Bochum"), BOTTROP("bottrop", "Bottrop"), DORTMUND("dortmund", "Dortmund"),
    DUISBURG("duisburg", "Duisburg"), ESSEN("essen", "Essen"), GELSENKIRCHEN("gelsenkirchen", "Gelsenkirchen"),
    HAGEN("hagen", "Hagen"), HAMM("hamm", "Hamm"), HERNE("herne", "Herne"),
    MUELHEIM("muelheim", "Mülheim an der Ruhr"), OBERHAUSEN("oberhausen", "Oberhausen"),
    ENNEPE_RUHR("ennepe-ruhr", "Ennepe-Ruhr-Kreis"), RECKLINGHAUSEN("recklinghausen", "Kreis Recklinghausen"),
    UNNA("unna", "Kreis Unna"), WESEL("wesel", "Kreis Wesel");

    private final String id;
    private final String displayName;

    City(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<City> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** Display names by id, in declaration order. */
    public static Map<String, String> names() {
        var names = new LinkedHashMap<String, String>();
        Arrays.stream(values()).forEach(v -> names.put(v.id, v.displayName));
        return Collections.unmodifiableMap(names);
    }

    /** All ids, in declaration order. */
    public static Set<String> byIdSet() {
        var ids = new LinkedHashSet<String>();
        Arrays.stream(values()).forEach(v -> ids.add(v.id));
        return ids;
    }
}
