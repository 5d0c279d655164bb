package org.otklik.core;

import java.util.Locale;

/** The social network or kind of site a post comes from; {@link #code()} is the JSON value. */
public enum Network {
    VK("vk", "ВКонтакте"),
    OK("ok", "Одноклассники"),
    TELEGRAM("telegram", "Telegram"),
    WEB("web", "Сайт / форум");

    private final String code;
    private final String title;

    Network(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    /** Russian name shown to curators. */
    public String title() {
        return title;
    }

    public static Network fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (Network n : values()) {
            if (n.code.equals(wanted)) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown network '" + code + "', expected one of vk, ok, telegram, web");
    }
}
