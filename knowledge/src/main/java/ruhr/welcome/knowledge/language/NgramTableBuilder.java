package ruhr.welcome.knowledge.language;

import java.util.List;

/** Merges the per-language n-gram lists into one {@link NgramTable}. */
final class NgramTableBuilder {

    private NgramTableBuilder() {
    }

    static NgramTable build(List<LanguageNgrams> languages) {
        long total = 0;
        for (LanguageNgrams l : languages) {
            total += l.size;
        }
        // First count distinct keys in a generous scratch table, so the kept table is sized right.
        int distinct;
        {
            long[] scratch = new long[(int) Math.max(16, total * 10 / 7 + 1)];
            distinct = 0;
            for (LanguageNgrams l : languages) {
                for (int i = 0; i < l.size; i++) {
                    if (insert(scratch, l.keys[i]) < 0) {
                        distinct++;
                    }
                }
            }
        }
        int capacity = (int) Math.max(16, distinct * 100L / 65);
        long[] keys = new long[capacity];
        byte[] counts = new byte[capacity];
        for (LanguageNgrams l : languages) {
            for (int i = 0; i < l.size; i++) {
                int slot = insert(keys, l.keys[i]);
                counts[slot < 0 ? -slot - 1 : slot]++;
            }
        }
        int[] starts = new int[capacity];
        int offset = 0;
        for (int s = 0; s < capacity; s++) {
            starts[s] = offset;
            offset += counts[s];
        }
        byte[] filled = new byte[capacity];
        byte[] entryLanguages = new byte[offset];
        char[] entryCosts = new char[offset];
        for (LanguageNgrams l : languages) {
            for (int i = 0; i < l.size; i++) {
                int slot = insert(keys, l.keys[i]);
                int entry = starts[slot] + filled[slot]++;
                entryLanguages[entry] = (byte) l.language.ordinal();
                entryCosts[entry] = l.costs[i];
            }
        }
        return new NgramTable(keys, starts, counts, entryLanguages, entryCosts);
    }

    /** Returns the slot of an existing key, or -(slot + 1) where it was newly inserted. */
    private static int insert(long[] table, long key) {
        int slot = NgramTable.slotOf(key, table.length);
        while (true) {
            long k = table[slot];
            if (k == key) {
                return slot;
            }
            if (k == 0) {
                table[slot] = key;
                return -slot - 1;
            }
            if (++slot == table.length) {
                slot = 0;
            }
        }
    }
}
