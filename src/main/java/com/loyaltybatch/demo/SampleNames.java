package com.loyaltybatch.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Names, locales and mail domains of the sample customers. Mostly English-speaking, a good share
 * of German speakers (names with umlauts and ß, so templates and exports meet real text) and a
 * few French and Spanish speakers.
 */
final class SampleNames {

    /** A language group: the locales that speak it, names, and the mail domains its customers use. */
    record Group(List<String> firstNames, List<String> lastNames, List<String> domains,
            List<String> emailFirstNames, List<String> emailLastNames) {

        Group(List<String> firstNames, List<String> lastNames, List<String> domains) {
            this(firstNames, lastNames, domains, ascii(firstNames), ascii(lastNames));
        }
    }

    static final Group ENGLISH = new Group(
            List.of("Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy", "Ella",
                    "Charlotte", "Harper", "Evelyn", "Abigail", "Madison", "Chloe", "Lily", "Hannah", "Zoe", "Ruby",
                    "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Liam", "James", "William",
                    "Benjamin", "Lucas", "Henry", "Alexander", "Mason", "Ethan", "Daniel", "Samuel", "Joseph", "Owen"),
            List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson", "Taylor",
                    "Anderson", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark",
                    "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams",
                    "Evans", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Edwards", "Collins", "Stewart",
                    "O'Brien"),
            List.of("example.com", "example.org", "example.net", "mail.example.com", "example.co.uk"));

    static final Group GERMAN = new Group(
            List.of("Jürgen", "Jörg", "Björn", "Sören", "Günther", "Lukas", "Jonas", "Felix", "Maximilian", "Paul",
                    "Leon", "Tobias", "Matthias", "Stefan", "Andreas", "Bärbel", "Dörte", "Käthe", "Hannelore", "Anna",
                    "Lena", "Lea", "Sophie", "Marie", "Katharina", "Julia", "Sabine", "Ursula", "Jülide", "Maëlle"),
            List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
                    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Köhler", "Weiß",
                    "Groß", "Jäger", "Böhm", "Größer", "Gößwein", "Sänger", "Lösch", "Fuß", "Ölschläger"),
            List.of("example.de", "beispiel.de", "post.example.de", "example.at", "example.ch"));

    static final Group FRENCH = new Group(
            List.of("Léa", "Chloé", "Manon", "Camille", "Inès", "Zoé", "Gabriel", "Raphaël", "Louis", "Hugo",
                    "Théo", "Noé", "François", "Hélène", "Jérôme", "Amélie"),
            List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
                    "Lefèvre", "Moreau", "Girard", "Besançon", "Gaël", "Lemaître", "Faure"),
            List.of("exemple.fr", "example.fr"));

    static final Group SPANISH = new Group(
            List.of("José", "María", "Lucía", "Sofía", "Martín", "Mateo", "Hugo", "Alejandro", "Paula", "Daniela",
                    "Álvaro", "Inés", "Ramón", "Begoña"),
            List.of("García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
                    "Gómez", "Núñez", "Peña", "Muñoz", "Jiménez", "Ibáñez"),
            List.of("ejemplo.es", "example.es"));

    /** Locale tags and their weights in percent; a null tag is a contact without a locale. */
    private static final String[] LOCALES = {
        "en", "en-US", "en-GB", "de", "de-DE", "de-AT", "de-CH", "fr", "fr-FR", "es", "es-ES", null};
    private static final int[] WEIGHTS = {25, 22, 13, 8, 15, 5, 2, 3, 1, 3, 1, 2};

    private SampleNames() {
    }

    static String locale(SplittableRandom random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < LOCALES.length; i++) {
            roll -= WEIGHTS[i];
            if (roll < 0) {
                return LOCALES[i];
            }
        }
        return LOCALES[0];
    }

    static Group group(String locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return switch (locale.substring(0, 2)) {
            case "de" -> GERMAN;
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            default -> ENGLISH;
        };
    }

    /** The name in a form mail addresses accept: {@code Jürgen Weiß} becomes {@code juergen}, {@code weiss}. */
    static String ascii(String name) {
        String german = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        return Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> ascii(List<String> names) {
        return names.stream().map(SampleNames::ascii).toList();
    }
}
