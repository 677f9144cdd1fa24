package dev.helpdesk.web.portal.newticket;

/**
 * Seed 003's etiquette: writing in capitals is shouting. A text shouts when most of its letters that have a case are
 * capitals, and there are enough of them to be sure: "VPN" or "ERROR 500" are acronyms, not shouting. Only ever a
 * warning. The page's script applies the same rule as the person types (portal.js, section "newticket").
 */
final class Shouting {
    /** Fewer cased letters than this never shout. */
    static final int MIN_LETTERS = 8;
    /** The share of capitals, in percent, from which a text shouts. */
    static final int MIN_PERCENT_CAPITALS = 80;

    private Shouting() {
    }

    static boolean isShouting(String text) {
        if (text == null) {
            return false;
        }
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
            i += Character.charCount(c);
        }
        int cased = upper + lower;
        return cased >= MIN_LETTERS && upper * 100 >= cased * MIN_PERCENT_CAPITALS;
    }
}
