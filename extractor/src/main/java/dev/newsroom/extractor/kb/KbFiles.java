package dev.newsroom.extractor.kb;

import dev.newsroom.extractor.model.ActorKind;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks the knowledge-base files; every malformed value is reported with its file and line. */
final class KbFiles {

    static final String COUNTRIES = "countries.tsv";
    static final String ORGANIZATIONS = "organizations.tsv";
    static final String MEDIA = "media.tsv";
    static final String INSTITUTIONS = "institutions.tsv";
    static final String ROLES = "roles.tsv";
    static final String OFFICE_HOLDERS = "office-holders.tsv";
    static final String AMBIGUOUS_FORMS = "ambiguous-forms.tsv";

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern SIDE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private KbFiles() {
    }

    static List<Country> countries(String directory) {
        Set<String> codes = new HashSet<>();
        return TsvTable.read(directory + COUNTRIES,
                        List.of("iso3", "name", "names", "demonyms", "capitals", "seats", "epithets"))
                .stream().map(row -> {
                    String iso3 = row.get(0);
                    if (!ISO3.matcher(iso3).matches() || !codes.add(iso3)) {
                        throw row.error("iso3 '" + iso3 + "' is not three capital letters or is repeated");
                    }
                    return new Country(iso3, required(row, 1, "name"), row.values(2), row.values(3), row.values(4),
                            row.values(5), row.values(6));
                }).toList();
    }

    static List<Organization> organizations(String directory) {
        return TsvTable.read(directory + ORGANIZATIONS, List.of("code", "name", "aliases", "type", "side"))
                .stream().map(row -> {
                    String side = row.get(4);
                    if (!SIDE.matcher(side).matches()) {
                        throw row.error("side '" + side + "' must be a short code in capitals");
                    }
                    return new Organization(required(row, 0, "code"), required(row, 1, "name"), row.values(2),
                            oneOf(row, 3, Organization.TYPES), side);
                }).toList();
    }

    static List<MediaOutlet> media(String directory) {
        return TsvTable.read(directory + MEDIA, List.of("name", "aliases", "country", "type"))
                .stream().map(row -> new MediaOutlet(row.get(0), row.values(1), optionalIso3(row, 2),
                        oneOf(row, 3, MediaOutlet.TYPES))).toList();
    }

    static List<Institution> institutions(String directory) {
        return TsvTable.read(directory + INSTITUTIONS, List.of("canonical", "patterns", "kind", "country"))
                .stream().map(row -> {
                    ActorKind kind;
                    try {
                        kind = ActorKind.valueOf(row.get(2));
                    } catch (IllegalArgumentException e) {
                        throw row.error("kind '" + row.get(2) + "' is not GOVERNMENT or ORGANIZATION");
                    }
                    if (kind != ActorKind.GOVERNMENT && kind != ActorKind.ORGANIZATION) {
                        throw row.error("kind '" + kind + "' is not GOVERNMENT or ORGANIZATION");
                    }
                    return new Institution(row.get(0), row.values(1), kind, optionalIso3(row, 3));
                }).toList();
    }

    static List<Role> roles(String directory) {
        return TsvTable.read(directory + ROLES, List.of("role", "aliases", "category"))
                .stream().map(row -> new Role(row.get(0), row.values(1), oneOf(row, 2, Role.CATEGORIES))).toList();
    }

    static List<AmbiguousForm> ambiguousForms(String directory) {
        return TsvTable.read(directory + AMBIGUOUS_FORMS, List.of("form", "kind", "candidates"))
                .stream().map(row -> {
                    EntryKind kind = EntryKind.valueOf(oneOf(row, 1, List.of("COUNTRY", "DEMONYM")));
                    List<String> candidates = row.values(2);
                    if (candidates.size() < 2 || !candidates.stream().allMatch(c -> ISO3.matcher(c).matches())) {
                        throw row.error("candidates must be two or more ISO alpha-3 codes");
                    }
                    return new AmbiguousForm(required(row, 0, "form").toLowerCase(java.util.Locale.ROOT), kind, candidates);
                }).toList();
    }

    static List<OfficeHolder> officeHolders(String directory) {
        Set<String> tenures = new HashSet<>();
        return TsvTable.read(directory + OFFICE_HOLDERS, List.of("name", "aliases", "office", "side", "from", "to"))
                .stream().map(row -> officeHolder(row, tenures)).toList();
    }

    /** One tenure; {@code tenures} holds the (name, office, side, from) already read, which may not repeat. */
    private static OfficeHolder officeHolder(TsvTable.Row row, Set<String> tenures) {
        String side = row.get(3);
        if (!SIDE.matcher(side).matches()) {
            throw row.error("side '" + side + "' must be a short code in capitals");
        }
        String office = oneOf(row, 2, OfficeHolder.OFFICES);
        int from = year(row, 4);
        OptionalInt to = row.get(5).isEmpty() ? OptionalInt.empty() : OptionalInt.of(year(row, 5));
        if (!tenures.add(String.join("\t", NameKey.lowerCase(NameKey.fold(required(row, 0, "name"))), office, side,
                Integer.toString(from)))) {
            throw row.error(row.get(0) + " is listed twice as " + office + " of " + side + " from " + from);
        }
        try {
            return new OfficeHolder(row.get(0), row.values(1), office, side, from, to);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static int year(TsvTable.Row row, int column) {
        String value = row.get(column);
        if (!YEAR.matcher(value).matches()) {
            throw row.error("year '" + value + "' is not four digits");
        }
        return Integer.parseInt(value);
    }

    private static String required(TsvTable.Row row, int column, String what) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw row.error(what + " is empty");
        }
        return value;
    }

    private static String oneOf(TsvTable.Row row, int column, List<String> allowed) {
        String value = row.get(column);
        if (!allowed.contains(value)) {
            throw row.error("'" + value + "' is not one of " + allowed);
        }
        return value;
    }

    private static String optionalIso3(TsvTable.Row row, int column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!ISO3.matcher(value).matches()) {
            throw row.error("country '" + value + "' is not an ISO alpha-3 code");
        }
        return value;
    }
}
