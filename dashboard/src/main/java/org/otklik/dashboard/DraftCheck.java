package org.otklik.dashboard;

import java.util.List;
import org.otklik.core.Post;

/** Checks a draft answer against the post it answers; each finding is a sentence the executor can act on. */
@FunctionalInterface
public interface DraftCheck {
    List<String> findings(Post post, String draft);
}
