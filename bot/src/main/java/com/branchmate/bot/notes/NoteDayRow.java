package com.branchmate.bot.notes;

import java.time.LocalDate;

/** Who wrote a note and for which day. */
record NoteDayRow(String memberLogin, String memberName, LocalDate referenceDate) {
}
