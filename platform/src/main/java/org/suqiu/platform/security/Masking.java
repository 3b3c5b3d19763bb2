package org.suqiu.platform.security;

/**
 * 脱敏: how a citizen's personal data is shown to staff who do not need it in full:
 * {@code 138****5678}, {@code 330***********1234}, {@code 王*明}, {@code w***@example.com}.
 * Each method takes the value as stored and returns null for null; a value too short to keep any
 * part visible is masked whole. Framework-free.
 */
public final class Masking {

    private static final int ADDRESS_SHOWN = 6;

    private static final char STAR = '*';

    private Masking() {
    }

    /**
     * A phone number with its first three and last four digits visible: 13812345678 → 138****5678.
     * Spaces, hyphens and a +86/0086 country prefix are dropped first; numbers of five to seven
     * digits keep only their last four; shorter ones are masked whole.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip().replaceAll("[\\s\\-()]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        int n = digits.length();
        if (n >= 8) {
            return digits.substring(0, 3) + stars(n - 7) + digits.substring(n - 4);
        }
        if (n >= 5) {
            return stars(n - 4) + digits.substring(n - 4);
        }
        return stars(n);
    }

    /**
     * An identity document number with its first three and last four characters visible:
     * 330483199001011234 → 330***********1234 (the birth date is hidden); shorter than eight
     * characters, masked whole.
     */
    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String id = idNumber.strip();
        int n = id.length();
        if (n >= 8) {
            return id.substring(0, 3) + stars(n - 7) + id.substring(n - 4);
        }
        return stars(n);
    }

    /**
     * A person's name with its first and (from three characters on) last character visible:
     * 王小明 → 王*明, 王明 → 王*, 欧阳小明 → 欧**明, 王 → *. Counts characters, not UTF-16 units.
     */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        int[] cps = name.strip().codePoints().toArray();
        int n = cps.length;
        if (n <= 1) {
            return stars(n);
        }
        String first = new String(cps, 0, 1);
        if (n == 2) {
            return first + STAR;
        }
        return first + stars(n - 2) + new String(cps, n - 1, 1);
    }

    /**
     * An e-mail address with the first character of its local part and its whole domain visible,
     * always three stars so the length is not told: wang.xiaoming@example.com → w***@example.com.
     * Not an address at all: masked whole as {@code ***}.
     */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        String address = email.strip();
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return "***";
        }
        return new String(Character.toChars(address.codePointAt(0))) + "***" + address.substring(at);
    }

    /**
     * An address with its first characters (at most six, at most half of it) visible and the rest
     * as {@code ****}: where, not whose door. 浙江省嘉兴市桐乡市乌镇镇北栅街12号 → 浙江省嘉兴市****.
     */
    public static String address(String address) {
        if (address == null) {
            return null;
        }
        int length = address.codePointCount(0, address.length());
        int shown = Math.min(ADDRESS_SHOWN, length / 2);
        return address.substring(0, address.offsetByCodePoints(0, shown)) + "****";
    }

    private static String stars(int count) {
        return String.valueOf(STAR).repeat(Math.max(count, 0));
    }
}
