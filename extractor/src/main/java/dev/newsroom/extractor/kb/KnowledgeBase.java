package dev.newsroom.extractor.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * General world knowledge the extractor resolves actors with: states with their names, demonyms, capitals and
 * seats of government; international bodies and non-state actors; media outlets; institutions; roles; who
 * held which office when.
 * Loaded from the TSV files under {@code kb/} on the classpath (their headers document the columns).
 * <p>
 * Every lookup folds case and diacritics, ignores a leading "the" and a trailing possessive, and treats
 * hyphens as spaces (see {@link NameKey}); names written in capitals only (US, WHO) match only in capitals.
 * Instances are immutable and safe to share between threads.
 */
public final class KnowledgeBase {

    private static final String DIRECTORY = "kb/";

    private final List<Country> countries;
    private final List<Organization> organizations;
    private final List<MediaOutlet> media;
    private final List<Institution> institutions;
    private final List<Role> roles;
    private final OfficeHolders officeHolders;

    private final Map<String, Country> countriesByCode = new HashMap<>();
    private final NameIndex<Country> countryNames = new NameIndex<>("country");
    private final NameIndex<Country> demonyms = new NameIndex<>("demonym");
    private final NameIndex<Country> places = new NameIndex<>("place");
    private final NameIndex<Organization> organizationNames = new NameIndex<>("organization");
    private final NameIndex<MediaOutlet> mediaNames = new NameIndex<>("media");
    private final NameIndex<Institution> institutionNames = new NameIndex<>("institution");
    private final NameIndex<Role> roleNames = new NameIndex<>("role");
    private final Map<String, AmbiguousForm> ambiguousForms = new HashMap<>();
    /** Scan order: at equal length a state's name wins over the same words as a place, and so on. */
    private final Map<EntryKind, NameIndex<? extends KbEntry>> indexesByKind = new LinkedHashMap<>();
    /** Every name's key, lower-cased, and every run of its first words: what the scan grows a match along. */
    private final Set<String> allKeys = new HashSet<>();
    private final Set<String> keyPrefixes = new HashSet<>();

    private static final class Default {
        static final KnowledgeBase INSTANCE = load(DIRECTORY);
    }

    /** The knowledge base shipped under {@code kb/} on the classpath, loaded once. */
    public static KnowledgeBase loadDefault() {
        return Default.INSTANCE;
    }

    /** Loads the seven files from a classpath directory ending in "/". */
    static KnowledgeBase load(String directory) {
        return new KnowledgeBase(KbFiles.countries(directory), KbFiles.organizations(directory),
                KbFiles.media(directory), KbFiles.institutions(directory), KbFiles.roles(directory),
                KbFiles.officeHolders(directory), KbFiles.ambiguousForms(directory));
    }

    KnowledgeBase(List<Country> countries, List<Organization> organizations, List<MediaOutlet> media,
                  List<Institution> institutions, List<Role> roles) {
        this(countries, organizations, media, institutions, roles, List.of());
    }

    KnowledgeBase(List<Country> countries, List<Organization> organizations, List<MediaOutlet> media,
                  List<Institution> institutions, List<Role> roles, List<OfficeHolder> officeHolders) {
        this(countries, organizations, media, institutions, roles, officeHolders, List.of());
    }

    KnowledgeBase(List<Country> countries, List<Organization> organizations, List<MediaOutlet> media,
                  List<Institution> institutions, List<Role> roles, List<OfficeHolder> officeHolders,
                  List<AmbiguousForm> ambiguousForms) {
        this.countries = List.copyOf(countries);
        this.organizations = List.copyOf(organizations);
        this.media = List.copyOf(media);
        this.institutions = List.copyOf(institutions);
        this.roles = List.copyOf(roles);
        countries.forEach(c -> countriesByCode.put(c.iso3(), c));
        media.forEach(m -> requireKnown(m.country(), m));
        institutions.forEach(i -> requireKnown(i.country(), i));
        Set<String> organizationSides = new HashSet<>();
        organizations.forEach(o -> organizationSides.add(o.side()));
        for (OfficeHolder holder : officeHolders) {
            if (!countriesByCode.containsKey(holder.side()) && !organizationSides.contains(holder.side())) {
                throw new IllegalStateException(holder.name() + " holds " + holder.office() + " of " + holder.side()
                        + ", which is no country and no organisation's side");
            }
        }
        this.officeHolders = new OfficeHolders(officeHolders);
        for (AmbiguousForm form : ambiguousForms) {
            for (String candidate : form.candidates()) {
                if (!countriesByCode.containsKey(candidate)) {
                    throw new IllegalStateException("ambiguous form '" + form.form() + "': " + candidate + " is no country");
                }
            }
            this.ambiguousForms.put(form.form(), form);
        }
        for (Country c : countries) {
            Stream.of(List.of(c.name()), c.names(), c.epithets()).flatMap(List::stream)
                    .forEach(n -> countryNames.add(n, c));
            c.demonyms().forEach(n -> demonyms.add(n, c));
            Stream.concat(c.capitals().stream(), c.seats().stream()).forEach(n -> places.add(n, c));
        }
        organizations.forEach(o -> addAll(organizationNames, o, o.name(), o.aliases()));
        media.forEach(m -> addAll(mediaNames, m, m.name(), m.aliases()));
        institutions.forEach(i -> addAll(institutionNames, i, i.canonical(), i.patterns()));
        roles.forEach(r -> addAll(roleNames, r, r.role(), r.aliases()));
        indexesByKind.put(EntryKind.COUNTRY, countryNames);
        indexesByKind.put(EntryKind.DEMONYM, demonyms);
        indexesByKind.put(EntryKind.PLACE, places);
        indexesByKind.put(EntryKind.ORGANIZATION, organizationNames);
        indexesByKind.put(EntryKind.MEDIA, mediaNames);
        indexesByKind.put(EntryKind.INSTITUTION, institutionNames);
        indexesByKind.put(EntryKind.ROLE, roleNames);
        indexesByKind.values().forEach(index -> allKeys.addAll(index.keys()));
        for (String key : allKeys) {
            for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
                keyPrefixes.add(key.substring(0, space));
            }
            keyPrefixes.add(key);
        }
    }

    private void requireKnown(String iso3, KbEntry owner) {
        if (iso3 != null && !countriesByCode.containsKey(iso3)) {
            throw new IllegalStateException(owner.canonicalName() + " belongs to " + iso3 + ", which is no country");
        }
    }

    private static <T extends KbEntry> void addAll(NameIndex<T> index, T entry, String name, Collection<String> aliases) {
        index.add(name, entry);
        aliases.forEach(a -> index.add(a, entry));
    }

    /** A state by its name, another name or an epithet: "Russia", "the Russian Federation", "the Islamic Republic". */
    public Optional<Country> country(String text) {
        return countryNames.find(text);
    }

    /** A state by a demonym: "Russian", "Israelis", "British". */
    public Optional<Country> countryByDemonym(String word) {
        return demonyms.find(word);
    }

    /** A state by its capital or a seat of government: "Moscow", "the Kremlin", "Downing Street". */
    public Optional<Country> countryByPlace(String text) {
        return places.find(text);
    }

    /** A state by any of its name, demonym, capital or seat. */
    public Optional<Country> resolveState(String text) {
        return country(text).or(() -> countryByDemonym(text)).or(() -> countryByPlace(text));
    }

    /** A word that names one of several states, to be resolved within an article: "Congolese". */
    public Optional<AmbiguousForm> ambiguousForm(String word) {
        return Optional.ofNullable(ambiguousForms.get(word.toLowerCase(Locale.ROOT)));
    }

    /** A state by its ISO alpha-3 code ("RUS"), as used for sides. */
    public Optional<Country> countryByCode(String iso3) {
        return Optional.ofNullable(countriesByCode.get(iso3.toUpperCase(Locale.ROOT)));
    }

    /** An international body or non-state actor: "the United Nations", "UN", "U.N.", "Hamas". */
    public Optional<Organization> organization(String text) {
        return organizationNames.find(text);
    }

    /** A media outlet: "Reuters", "the BBC", "Al Jazeera". */
    public Optional<MediaOutlet> media(String text) {
        return mediaNames.find(text);
    }

    /** An institution: "Foreign Ministry", "the Knesset", "State Department". */
    public Optional<Institution> institution(String text) {
        return institutionNames.find(text);
    }

    /** A role or title: "ambassador", "spokeswoman", "deputy foreign minister". */
    public Optional<Role> role(String text) {
        return roleNames.find(text);
    }

    /**
     * Every mention of a state, demonym, place, organization, media outlet, institution or role in a token
     * sequence, left to right, longest match first: "UN Security Council" is one organization, not "UN"
     * followed by "Security Council". Where the same tokens name entries of several kinds (a media outlet
     * and an organization), each is returned; the same entry is returned once, under its first kind in
     * {@link EntryKind} order. Spans never start with "the" and never start or end on punctuation. Proper
     * names must be capitalised in the text ("Turkey", not "turkey"), and names that are "The" and one
     * word must keep their article ("the Hague", "The Times").
     */
    public List<GazetteerMatch> scan(List<String> tokens) {
        String[] folded = tokens.stream().map(NameKey::foldToken).toArray(String[]::new);
        List<GazetteerMatch> matches = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            List<GazetteerMatch> longest = longestAt(tokens, folded, start);
            matches.addAll(longest);
            start = longest.isEmpty() ? start + 1 : longest.get(0).endToken();
        }
        return List.copyOf(matches);
    }

    private List<GazetteerMatch> longestAt(List<String> tokens, String[] folded, int start) {
        if (!isWord(tokens.get(start)) || tokens.get(start).equalsIgnoreCase("the")) {
            return List.of();
        }
        boolean afterThe = start > 0 && tokens.get(start - 1).equalsIgnoreCase("the");
        List<Integer> ends = candidateEnds(tokens, folded, start);
        for (int i = ends.size() - 1; i >= 0; i--) {
            int end = ends.get(i);
            String text = String.join(" ", tokens.subList(start, end));
            List<GazetteerMatch> found = new ArrayList<>();
            Set<KbEntry> seen = new HashSet<>();
            for (Map.Entry<EntryKind, NameIndex<? extends KbEntry>> index : indexesByKind.entrySet()) {
                index.getValue().findInProse(text, afterThe).filter(seen::add)
                        .ifPresent(e -> found.add(new GazetteerMatch(start, end, index.getKey(), e)));
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * The ends of the token runs from {@code start} whose folded words are some name's key, found by growing
     * the run while its words begin some name. Dashes and dots (folded to nothing) may sit inside a name;
     * a possessive ("'s") joins the word before it.
     */
    private List<Integer> candidateEnds(List<String> tokens, String[] folded, int start) {
        List<Integer> ends = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (int end = start + 1; end <= tokens.size(); end++) {
            String word = folded[end - 1];
            if (word.isEmpty()) {
                continue;
            }
            if (!words.isEmpty() && !word.startsWith("'")) {
                words.append(' ');
            }
            words.append(word);
            String run = words.toString();
            if (isWord(tokens.get(end - 1)) && allKeys.contains(NameKey.withoutPossessive(run))) {
                ends.add(end);
            }
            if (!keyPrefixes.contains(run)) {
                break;
            }
        }
        return ends;
    }

    private static boolean isWord(String token) {
        return token.chars().anyMatch(Character::isLetterOrDigit);
    }

    public List<Country> countries() {
        return countries;
    }

    public List<Organization> organizations() {
        return organizations;
    }

    public List<MediaOutlet> media() {
        return media;
    }

    public List<Institution> institutions() {
        return institutions;
    }

    public List<Role> roles() {
        return roles;
    }

    /** Who held which office of which state or body, and when. */
    public OfficeHolders officeHolders() {
        return officeHolders;
    }
}
