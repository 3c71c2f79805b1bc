package com.branchmate.bot.members;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;

/** Teams (api.md): {@code name} is the team's code, {@code displayName} what people read, {@code lead} a login. */
@RestController
@RequestMapping("/api/teams")
class TeamController {

    private final TeamService teams;

    TeamController(TeamService teams) {
        this.teams = teams;
    }

    record TeamRequest(String name, String displayName, String lead) {
    }

    record Lead(String login, String name) {
    }

    /** {@code code} repeats {@code name} for the pages that read it. */
    record TeamView(String name, String code, String displayName, String lead, List<Lead> leads, int memberCount) {
        static TeamView of(TeamService.TeamSummary summary) {
            List<Lead> leads = summary.leads().stream().map(m -> new Lead(m.login(), m.displayName())).toList();
            return new TeamView(summary.team().code(), summary.team().code(), summary.team().name(),
                    leads.isEmpty() ? null : leads.get(0).login(), leads, summary.memberCount());
        }
    }

    @GetMapping
    List<TeamView> list(Caller caller) {
        return teams.visibleTo(caller).stream().map(TeamView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    TeamView create(Caller caller, @RequestBody TeamRequest request) {
        return TeamView.of(teams.create(caller, new TeamService.TeamChanges(request.name(), request.displayName(),
                request.lead())));
    }

    @PutMapping("/{name}")
    @PreAuthorize("hasRole('ADMIN')")
    TeamView update(Caller caller, @PathVariable String name, @RequestBody TeamRequest request) {
        return TeamView.of(teams.update(caller, name, new TeamService.TeamChanges(request.name(),
                request.displayName(), request.lead())));
    }
}
