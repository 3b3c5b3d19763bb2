package org.suqiu.notification.people.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.Resource;
import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.people.model.Person;
import org.suqiu.notification.people.model.PersonRole;

/**
 * Reads the seed CSV: {@code id,name,role,unit_id,jurisdiction,phone,email,wechat_openid,channels},
 * channels joined with {@code |}, {@code #} comments, no commas inside fields. A bad line stops the
 * start-up naming its number, never its values.
 */
final class PeopleSeed {

    private PeopleSeed() {
    }

    static List<Person> read(Resource resource) {
        List<Person> people = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                try {
                    if (f.length != 9) {
                        throw new IllegalArgumentException("9 fields expected, not " + f.length);
                    }
                    List<ContactChannel> channels = f[8].isBlank() ? List.of()
                            : Arrays.stream(f[8].split("\\|")).map(String::strip).map(ContactChannel::valueOf).toList();
                    people.add(new Person(f[0].strip(), f[1].strip(), PersonRole.parse(f[2].strip())
                            .orElseThrow(() -> new IllegalArgumentException("unknown role")), f[3], f[4].strip(), f[5], f[6], f[7],
                            channels, 1, null));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("suqiu.notification.people.seed " + resource.getDescription()
                            + ", line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the people seed " + resource.getDescription(), e);
        }
        return people;
    }
}
