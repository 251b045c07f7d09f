package ruhr.welcome.knowledge.language;

/**
 * All n-gram models of all languages in one open-addressing hash table, so one probe per n-gram answers for
 * every language at once. Keys are exact: up to five 10-bit character codes plus the length, packed in a long.
 * Per key, its entries (language, cost) are stored contiguously; cost is -ln(p) * {@link #SCALE}, unsigned
 * 16 bits. About 13 bytes per (n-gram, language) instead of the ~70 of boxed maps.
 */
final class NgramTable {

    static final double SCALE = 1000.0;
    static final int MAX_ORDER = 5;
    static final int CODE_BITS = 10;
    static final int MAX_CODES = 1 << CODE_BITS;

    private final long[] keys;
    private final int[] starts;
    private final byte[] counts;
    private final byte[] entryLanguages;
    private final char[] entryCosts;

    NgramTable(long[] keys, int[] starts, byte[] counts, byte[] entryLanguages, char[] entryCosts) {
        this.keys = keys;
        this.starts = starts;
        this.counts = counts;
        this.entryLanguages = entryLanguages;
        this.entryCosts = entryCosts;
    }

    /** Packs codes[from, from+length) into a key; codes must be non-zero. */
    static long key(int[] codes, int from, int length) {
        long key = length;
        for (int i = from; i < from + length; i++) {
            key = (key << CODE_BITS) | codes[i];
        }
        return key;
    }

    static int slotOf(long key, int capacity) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return (int) (((h & 0xFFFFFFFFL) * capacity) >>> 32);
    }

    /** The slot holding key, or -1. */
    int find(long key) {
        int capacity = keys.length;
        int slot = slotOf(key, capacity);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return slot;
            }
            if (k == 0) {
                return -1;
            }
            if (++slot == capacity) {
                slot = 0;
            }
        }
    }

    int entryStart(int slot) {
        return starts[slot];
    }

    int entryCount(int slot) {
        return counts[slot];
    }

    int entryLanguage(int entry) {
        return entryLanguages[entry];
    }

    int entryCost(int entry) {
        return entryCosts[entry];
    }

    int size() {
        return entryCosts.length;
    }
}
