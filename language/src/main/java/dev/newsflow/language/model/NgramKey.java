package dev.newsflow.language.model;

/**
 * The 64-bit key of an n-gram of up to five UTF-16 units: a hash, because five units do not fit in
 * 64 bits. With a few million n-grams per order, the chance that two of them share a key is about
 * 10⁻⁶, and a shared key would only blur one n-gram's evidence. Zero marks an empty slot, so no key
 * is zero.
 */
final class NgramKey {

    private NgramKey() {}

    static long of(CharSequence text, int from, int length) {
        long h = 0x9E3779B97F4A7C15L * (length + 1);
        for (int i = from; i < from + length; i++) {
            h = (h ^ text.charAt(i)) * 0xFF51AFD7ED558CCDL;
            h ^= h >>> 32;
        }
        // MurmurHash3's finaliser spreads the last unit's bits over the whole key.
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
