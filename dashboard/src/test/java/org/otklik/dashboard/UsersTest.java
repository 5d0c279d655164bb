package org.otklik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.config.ConfigException;
import org.otklik.core.Role;

class UsersTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path f = dir.resolve("users.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void an_executor_is_read_with_its_department() throws Exception {
        String dept = TestApp.PROFILE.executors().get(0).id();
        Path f = write("users:\n  - login: ivanova\n    role: executor\n    municipality: yelets\n    department: " + dept
                + "\n    password_hash: \"" + PasswordHash.encode("pw") + "\"\n");
        User u = Users.load(f, TestApp.CONFIG.profiles()).get("ivanova").orElseThrow();
        assertThat(u.role()).isEqualTo(Role.EXECUTOR);
        assertThat(u.department()).isEqualTo(dept);
        assertThat(u.password().matches("pw".toCharArray())).isTrue();
    }

    @Test
    void an_unknown_department_is_an_error_naming_file_line_and_field() throws Exception {
        Path f = write("users:\n  - login: ivanova\n    role: executor\n    municipality: yelets\n    department: nowhere\n    password_hash: \""
                + PasswordHash.encode("pw") + "\"\n");
        assertThatThrownBy(() -> Users.load(f, TestApp.CONFIG.profiles())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("users.yaml").hasMessageContaining(":5").hasMessageContaining("department");
    }

    @Test
    void a_plain_password_instead_of_a_hash_is_refused() throws Exception {
        Path f = write("users:\n  - login: ivanova\n    role: curator\n    municipality: yelets\n    password_hash: qwerty\n");
        assertThatThrownBy(() -> Users.load(f, TestApp.CONFIG.profiles())).isInstanceOf(ConfigException.class).hasMessageContaining("pbkdf2-sha256");
    }

    @Test
    void the_shipped_users_file_loads() {
        assertThat(Users.load(Path.of("..", "config", "users.yaml"), TestApp.CONFIG.profiles()).all()).isNotNull();
    }
}
