package org.otklik.core;

import java.util.Locale;

/** Topic codes of DESIGN.md; the JSON value is {@link #code()}, the curator sees {@link #title()}. */
public enum Topic {
    HOUSING("housing", "ЖКХ"),
    ROADS("roads", "Дороги"),
    LANDSCAPING("landscaping", "Благоустройство"),
    WASTE("waste", "Вывоз мусора"),
    TRANSPORT("transport", "Общественный транспорт"),
    HEALTHCARE("healthcare", "Здравоохранение"),
    EDUCATION("education", "Образование"),
    SOCIAL("social", "Социальная защита"),
    SAFETY("safety", "Безопасность"),
    ANIMALS("animals", "Безнадзорные животные"),
    ECOLOGY("ecology", "Экология"),
    CULTURE_SPORT("culture_sport", "Культура и спорт"),
    TRADE("trade", "Торговля и услуги"),
    COMMUNICATIONS("communications", "Связь"),
    CONSTRUCTION("construction", "Строительство"),
    AGRICULTURE("agriculture", "Сельское хозяйство"),
    GOVERNMENT("government", "Работа администрации");

    private final String code;
    private final String title;

    Topic(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static Topic fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (Topic t : values()) {
            if (t.code.equals(wanted)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown topic '" + code + "'");
    }
}
