package org.otklik.dispatcher;

import java.util.List;
import java.util.Objects;

/**
 * One check of a draft answer. A failed check is shown to the approver with its reasons; approving stays their decision.
 *
 * @param check {@code greeting}, {@code spelling}, {@code questions}, {@code length}, {@code measures}
 * @param title the check's name in Russian
 */
public record CheckResult(String check, String title, boolean passed, List<String> reasons) {
    public CheckResult {
        Objects.requireNonNull(check, "check");
        reasons = List.copyOf(reasons);
    }
}
