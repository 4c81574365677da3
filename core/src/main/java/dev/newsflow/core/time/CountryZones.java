package dev.newsflow.core.time;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The zone a publisher's dates are written in, guessed from the country its page names: the region
 * of {@code og:locale} ({@code de_AT}), else of {@code <html lang>} ({@code pt-BR}), else the
 * country-code top-level domain of its host ({@code .de}, {@code .co.uk}). For a date that names no
 * zone and has no better hint (see {@link DateRanking}).
 *
 * <p>One zone per country: the one its national newsrooms write in. Countries that span several
 * (Canada, Brazil, Russia, Australia, Mexico, Indonesia) get the zone of their largest news
 * centre, which is a guess, though a closer one than UTC. The United States are left out: their
 * four zones make any one a bad guess, and {@code en_US} is what OpenGraph and common CMSs write
 * when nobody set a locale, so it names no country at all. Generic and repurposed top-level
 * domains ({@code .com}, {@code .tv}, {@code .io}, {@code .co}, {@code .me}, {@code .fm}) name none.
 */
public final class CountryZones {

    private static final Map<String, String> ZONE_BY_COUNTRY = Map.ofEntries(
            Map.entry("DE", "Europe/Berlin"), Map.entry("AT", "Europe/Vienna"), Map.entry("CH", "Europe/Zurich"),
            Map.entry("LI", "Europe/Vaduz"), Map.entry("FR", "Europe/Paris"), Map.entry("BE", "Europe/Brussels"),
            Map.entry("NL", "Europe/Amsterdam"), Map.entry("LU", "Europe/Luxembourg"), Map.entry("IT", "Europe/Rome"),
            Map.entry("ES", "Europe/Madrid"), Map.entry("PT", "Europe/Lisbon"), Map.entry("GB", "Europe/London"),
            Map.entry("IE", "Europe/Dublin"), Map.entry("DK", "Europe/Copenhagen"), Map.entry("SE", "Europe/Stockholm"),
            Map.entry("NO", "Europe/Oslo"), Map.entry("FI", "Europe/Helsinki"), Map.entry("IS", "Atlantic/Reykjavik"),
            Map.entry("PL", "Europe/Warsaw"), Map.entry("CZ", "Europe/Prague"), Map.entry("SK", "Europe/Bratislava"),
            Map.entry("HU", "Europe/Budapest"), Map.entry("SI", "Europe/Ljubljana"), Map.entry("HR", "Europe/Zagreb"),
            Map.entry("RS", "Europe/Belgrade"), Map.entry("RO", "Europe/Bucharest"), Map.entry("BG", "Europe/Sofia"),
            Map.entry("GR", "Europe/Athens"), Map.entry("CY", "Asia/Nicosia"), Map.entry("TR", "Europe/Istanbul"),
            Map.entry("UA", "Europe/Kiev"), Map.entry("BY", "Europe/Minsk"), Map.entry("RU", "Europe/Moscow"),
            Map.entry("LT", "Europe/Vilnius"), Map.entry("LV", "Europe/Riga"), Map.entry("EE", "Europe/Tallinn"),
            Map.entry("IL", "Asia/Jerusalem"), Map.entry("EG", "Africa/Cairo"), Map.entry("SA", "Asia/Riyadh"),
            Map.entry("AE", "Asia/Dubai"), Map.entry("QA", "Asia/Qatar"), Map.entry("LB", "Asia/Beirut"),
            Map.entry("IR", "Asia/Tehran"), Map.entry("IN", "Asia/Kolkata"), Map.entry("PK", "Asia/Karachi"),
            Map.entry("BD", "Asia/Dhaka"), Map.entry("CN", "Asia/Shanghai"), Map.entry("HK", "Asia/Hong_Kong"),
            Map.entry("MO", "Asia/Macau"), Map.entry("TW", "Asia/Taipei"), Map.entry("JP", "Asia/Tokyo"),
            Map.entry("KR", "Asia/Seoul"), Map.entry("SG", "Asia/Singapore"), Map.entry("MY", "Asia/Kuala_Lumpur"),
            Map.entry("TH", "Asia/Bangkok"), Map.entry("VN", "Asia/Ho_Chi_Minh"), Map.entry("PH", "Asia/Manila"),
            Map.entry("ID", "Asia/Jakarta"), Map.entry("AU", "Australia/Sydney"), Map.entry("NZ", "Pacific/Auckland"),
            Map.entry("ZA", "Africa/Johannesburg"), Map.entry("NG", "Africa/Lagos"), Map.entry("KE", "Africa/Nairobi"),
            Map.entry("GH", "Africa/Accra"), Map.entry("MA", "Africa/Casablanca"), Map.entry("AR", "America/Argentina/Buenos_Aires"),
            Map.entry("CL", "America/Santiago"), Map.entry("PE", "America/Lima"), Map.entry("VE", "America/Caracas"),
            Map.entry("MX", "America/Mexico_City"), Map.entry("BR", "America/Sao_Paulo"), Map.entry("CA", "America/Toronto"));
    /** The UK's domain, which is not its ISO code. */
    private static final Map<String, String> DOMAIN_COUNTRY = Map.of("uk", "GB");

    private CountryZones() {}

    /**
     * The zone of the country the page names, or null when it names none in the table.
     *
     * @param ogLocale the {@code og:locale} content, or null
     * @param htmlLang the {@code <html lang>} value, or null
     * @param host     the page's host name, or null
     */
    public static ZoneId of(String ogLocale, String htmlLang, String host) {
        for (String locale : new String[] {ogLocale, htmlLang}) {
            ZoneId zone = zone(region(locale == null ? "" : locale.strip().replace('_', '-')));
            if (zone != null) {
                return zone;
            }
        }
        return zone(domainCountry(host));
    }

    private static String region(String tag) {
        if (tag.isEmpty()) {
            return null;
        }
        String country = Locale.forLanguageTag(tag).getCountry();
        return country.isEmpty() ? null : country;
    }

    private static String domainCountry(String host) {
        if (host == null) {
            return null;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return null;
        }
        String tld = name.substring(dot + 1);
        return tld.length() == 2 ? DOMAIN_COUNTRY.getOrDefault(tld, tld.toUpperCase(Locale.ROOT)) : null;
    }

    private static ZoneId zone(String country) {
        String zone = country == null ? null : ZONE_BY_COUNTRY.get(country);
        return zone == null ? null : ZoneId.of(zone);
    }
}
