package org.otklik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    @Test
    void a_stored_hash_accepts_its_password_and_no_other() {
        PasswordHash h = PasswordHash.parse(PasswordHash.encode("верный пароль"));
        assertThat(h.matches("верный пароль".toCharArray())).isTrue();
        assertThat(h.matches("неверный пароль".toCharArray())).isFalse();
    }

    @Test
    void each_hash_has_its_own_salt() {
        assertThat(PasswordHash.encode("same")).isNotEqualTo(PasswordHash.encode("same"));
    }

    @Test
    void a_hash_with_fewer_than_210000_iterations_is_refused() {
        String weak = PasswordHash.encode("x").replace("$210000$", "$1000$");
        assertThatThrownBy(() -> PasswordHash.parse(weak)).hasMessageContaining("too few");
    }

    @Test
    void the_hash_never_shows_in_to_string() {
        assertThat(PasswordHash.create("secret".toCharArray()).toString()).endsWith("***");
    }
}
