package dev.newsroom.extractor.kb;

import java.util.List;
import java.util.OptionalInt;

/**
 * A person's tenure of one office: {@code office} is one of {@link #OFFICES}, {@code side} the state's ISO
 * alpha-3 code or an organisation's side code (UN, EU, NATO), {@code toYear} empty while still in office.
 * A person who held several offices has one tenure for each.
 */
public record OfficeHolder(String name, List<String> aliases, String office, String side, int fromYear,
                           OptionalInt toYear) {

    public static final List<String> OFFICES = List.of("head-of-state", "head-of-government", "foreign-minister",
            "defence-minister", "international-leader", "other-minister");

    public OfficeHolder {
        aliases = List.copyOf(aliases);
        if (toYear.isPresent() && toYear.getAsInt() < fromYear) {
            throw new IllegalArgumentException(name + " leaves " + office + " of " + side + " in " + toYear.getAsInt()
                    + ", before taking it in " + fromYear);
        }
    }

    /** Whether the office was held during some part of {@code year}: both the first and the last year count. */
    public boolean heldIn(int year) {
        return fromYear <= year && (toYear.isEmpty() || year <= toYear.getAsInt());
    }

    /** The last year of the tenure, or {@link Integer#MAX_VALUE} while still in office. */
    int lastYear() {
        return toYear.orElse(Integer.MAX_VALUE);
    }
}
