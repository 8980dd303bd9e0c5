package com.ringbook.demo;

import com.ringbook.domain.PhoneNumbers;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's customers: names, addresses and phone numbers drawn from the demo's one random source, so a
 * seed always makes the same people. Numbers are in the 555-0100 to 555-0199 block of each area code,
 * which is set aside for fiction: no real person is ever texted, even by a demo copied to a real carrier.
 */
final class DemoPeople {

    /** A customer as the demo plays them; the engine knows only what they text and what staff type. */
    static final class Caller {
        final String first;
        final String last;
        final String phone;
        final String address;
        /** What the crew should know to get in, or null. */
        final String access;
        boolean busy;
        boolean optedOut;
        boolean booked;
        /** When they might call again: after their last job was done. */
        java.time.Instant freeFrom = java.time.Instant.MIN;

        Caller(String first, String last, String phone, String address, String access) {
            this.first = first;
            this.last = last;
            this.phone = phone;
            this.address = address;
            this.access = access;
        }

        String fullName() {
            return first + " " + last;
        }

        /** The street without the house number, as staff say it back ("Alder St"). */
        String street() {
            String withoutUnit = address.split(",")[0];
            int space = withoutUnit.indexOf(' ');
            return space < 0 ? withoutUnit : withoutUnit.substring(space + 1);
        }
    }

    private static final List<String> FIRST_NAMES = List.of(
            "Dana", "Marcus", "Priya", "Tom", "Keisha", "Luis", "Jenna", "Brian", "Mei", "Carlos", "Rachel", "Derek",
            "Aisha", "Kevin", "Sofia", "Greg", "Hannah", "Andre", "Laura", "Minh", "Erin", "Jamal", "Olivia", "Raj",
            "Megan", "Tyler", "Fatima", "Scott", "Nicole", "Hector", "Beth", "Darnell", "Yuki", "Paul", "Tanya", "Omar",
            "Kristen", "Victor", "Alicia", "Ben", "Grace", "Ivan", "Shauna", "Mike", "Ana", "Chris", "Lindsey", "Sam",
            "Deb", "Jorge", "Heather", "Nate", "Rosa", "Travis", "Amy", "Kofi", "Julia", "Wes", "Nina", "Frank");

    private static final List<String> LAST_NAMES = List.of(
            "Ruiz", "Johnson", "Patel", "Nguyen", "Miller", "Garcia", "Thompson", "Kim", "Okafor", "Walsh", "Brooks",
            "Chen", "Hernandez", "Sullivan", "Anderson", "Reyes", "Fischer", "Washington", "Larsen", "Tran", "Murphy",
            "Coleman", "Ito", "Bennett", "Romero", "Hayes", "Novak", "Price", "Shah", "Dawson", "Morales", "Becker",
            "Foster", "Castillo", "Yamamoto", "Greene", "O'Brien", "Alvarez", "Peterson", "Mensah", "Doyle", "Ortiz",
            "Hoffman", "Jensen", "Santos", "Whitaker", "Lopez", "Park", "Gallagher", "Wright");

    private static final List<String> STREETS = List.of(
            "Alder St", "Maple Ave", "Cedar Ln", "Harbor View Dr", "Lincoln Ave", "Oak St", "Pine St", "Juniper Ct",
            "Greenwood Ave N", "Holly St", "Lakeview Blvd", "Sunset Ave", "Elm Pl", "Birch Rd", "Willow Way",
            "Magnolia Blvd", "Fremont Ave", "Chestnut St", "Spruce Ct", "Madrona Dr", "Orchard Ln", "Cascade Ave",
            "Hillcrest Rd", "Meadow Ln", "Bayview Ter", "Park Pl", "Roosevelt Way", "Summit Ave", "Evergreen Dr",
            "Railroad Ave", "Water St", "Franklin Ave", "Poplar Pl", "Hawthorne Rd", "Ridgeview Dr", "Mill Creek Rd");

    private static final List<String> ACCESS = List.of(
            "gate code is 4471", "dog in the back yard, hes friendly", "park in the driveway", "use the side door",
            "basement unit, door is around back", "please call when youre close", "buzzer 3B", "blue house on the corner",
            "gate code 1209", "cat might try to get out, just fyi");

    /** Area codes the numbers are spread over, the first few (the shop's own area) most often. */
    private static final List<String> AREA_CODES = List.of(
            "206", "425", "253", "360", "206", "425", "509", "503", "971", "541", "208", "406", "702", "415", "510",
            "650", "408", "916", "707", "559", "661", "805", "818", "310", "323", "714");

    private final Random random;
    private final Set<String> phones = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    DemoPeople(Random random) {
        this.random = random;
    }

    Caller newCaller() {
        String first;
        String last;
        int tries = 0;
        do {
            first = DemoLines.pick(random, FIRST_NAMES);
            last = DemoLines.pick(random, LAST_NAMES);
        } while (!names.add(first + " " + last) && ++tries < 20);
        String street = (100 + random.nextInt(9800)) + " " + DemoLines.pick(random, STREETS);
        String address = random.nextInt(8) == 0 ? street + ", Apt " + (1 + random.nextInt(30)) : street;
        String access = random.nextInt(5) < 2 ? DemoLines.pick(random, ACCESS) : null;
        return new Caller(first, last, newPhone(), address, access);
    }

    /** A number nobody in the demo has yet, in a block set aside for fiction. */
    private String newPhone() {
        for (int tries = 0; tries < 200; tries++) {
            String candidate = "+1" + DemoLines.pick(random, AREA_CODES) + "55501" + String.format("%02d", random.nextInt(100));
            if (!phones.contains(candidate) && PhoneNumbers.normalize(candidate, "US").isPresent()) {
                phones.add(candidate);
                return candidate;
            }
        }
        // Crowded after two years of callers: take the first free number in order.
        for (String area : AREA_CODES) {
            for (int n = 0; n < 100; n++) {
                String candidate = "+1" + area + "55501" + String.format("%02d", n);
                if (phones.add(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("The demo ran out of made-up phone numbers");
    }
}
