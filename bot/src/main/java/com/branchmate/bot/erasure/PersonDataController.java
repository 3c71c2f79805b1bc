package com.branchmate.bot.erasure;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;

/** Export and erasure of one person's data, on their request. */
@RestController
@RequestMapping("/api/people/{id}")
class PersonDataController {

    private final PersonDataService data;

    PersonDataController(PersonDataService data) {
        this.data = data;
    }

    record Erased(long id, int notesRedacted) {
    }

    @GetMapping("/export")
    @PreAuthorize("hasRole('ADMIN')")
    PersonDataService.Export export(Caller caller, @PathVariable long id) {
        return data.export(caller, id);
    }

    @DeleteMapping
    @PreAuthorize("hasRole('ADMIN')")
    Erased erase(Caller caller, @PathVariable long id) {
        return new Erased(id, data.erase(caller, id));
    }
}
