package com.branchmate.extraction;

import java.time.LocalDate;

/** A follow-up the note commits to: due date (resolved in Asia/Shanghai), the person's name, what to do. */
public record ExtractedTask(LocalDate due, String person, String content) {
}
