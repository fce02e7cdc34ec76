using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Roadmaps;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>
/// Record-level scope, applied once for every query: EF query filters read the caller's scope from these members
/// (evaluated per query), so a handler cannot forget it. What lies outside the scope is simply not found (404).
/// Organisations carry the scope rule; the records that belong to an organisation follow it through
/// <c>Organizations.Any(…)</c>, whose own filter applies inside. Public (anonymous) reads of published data use
/// <c>IgnoreQueryFilters()</c> explicitly.
/// </summary>
public abstract partial class ApplicationDbContext
{
    private readonly ICurrentUser? _currentUser;

    protected ApplicationDbContext(DbContextOptions options, ICurrentUser? currentUser)
        : this(options)
    {
        _currentUser = currentUser;
    }

    // No caller at all (design time, tools, tests that build a context by hand) and the system see everything.
    private bool ScopeAll => _currentUser is null || _currentUser.IsUnrestricted();

    private Guid? ScopeRegionId => _currentUser?.RegionId;

    private Guid? ScopeMunicipalityId => _currentUser?.MunicipalityId;

    private List<Guid> ScopeOrganizationIds => _currentUser?.OrganizationIds.ToList() ?? [];

    private Guid? ScopePersonId => _currentUser?.PersonId;

    private void ApplyScopeFilters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organization>().HasQueryFilter(o =>
            ScopeAll
            || ScopeOrganizationIds.Contains(o.Id)
            || (ScopeMunicipalityId != null && o.MunicipalityId == ScopeMunicipalityId)
            || (ScopeRegionId != null && o.RegionId == ScopeRegionId));

        modelBuilder.Entity<HeadCount>().HasQueryFilter(h => ScopeAll || Organizations.Any(o => o.Id == h.OrganizationId));

        // A person is seen at their home organisation and at every organisation they are affiliated with; the
        // affiliations themselves only at organisations in scope (a curator does not see another school's ties).
        modelBuilder.Entity<Person>().HasQueryFilter(p =>
            ScopeAll || (ScopePersonId != null && p.Id == ScopePersonId) || Organizations.Any(o => o.Id == p.OrganizationId)
            || Set<PersonAffiliation>().Any(a => a.PersonId == p.Id && Organizations.Any(o => o.Id == a.OrganizationId)));
        modelBuilder.Entity<PersonAffiliation>().HasQueryFilter(a =>
            ScopeAll || (ScopePersonId != null && a.PersonId == ScopePersonId) || Organizations.Any(o => o.Id == a.OrganizationId));

        // Mentors and mentees see the programmes whose banks they are in. The rule reads the banks, not the
        // groups, because the groups' own rule reads the programmes (filters must not reference each other).
        modelBuilder.Entity<Programme>().HasQueryFilter(p =>
            ScopeAll || Organizations.Any(o => o.Id == p.OrganizationId)
            || (ScopePersonId != null
                && (Set<Mentor>().Any(m => m.ProgrammeId == p.Id && m.PersonId == ScopePersonId)
                    || Set<Mentee>().Any(m => m.ProgrammeId == p.Id && m.PersonId == ScopePersonId))));

        // A member sees the group while in it; one who left loses it from that moment. Who stayed to the end (left
        // on the day the group ended) keeps reading its record; the closed group takes no more writes.
        modelBuilder.Entity<MentoringGroup>().HasQueryFilter(g =>
            ScopeAll || Set<Programme>().Any(p => p.Id == g.ProgrammeId && Organizations.Any(o => o.Id == p.OrganizationId))
            || (ScopePersonId != null
                && g.Members.Any(m => m.PersonId == ScopePersonId && (m.LeftAt == null || (g.EndedAt != null && m.LeftAt >= g.EndedAt)))));

        // Success cases are published and unpublished by the staff of their programme only.
        modelBuilder.Entity<SuccessCase>().HasQueryFilter(c =>
            ScopeAll || Set<Programme>().Any(p => p.Id == c.ProgrammeId && Organizations.Any(o => o.Id == p.OrganizationId)));

        // Monitoring results carry their region and municipality, so that the filter needs no join.
        modelBuilder.Entity<IndicatorSnapshot>().HasQueryFilter(s =>
            ScopeAll
            || (ScopeRegionId != null && s.RegionId == ScopeRegionId)
            || (ScopeMunicipalityId != null && s.MunicipalityId == ScopeMunicipalityId)
            || (s.Level == MonitoringLevel.Organization && ScopeOrganizationIds.Contains(s.UnitId)));
        modelBuilder.Entity<CriterionSnapshot>().HasQueryFilter(s => ScopeAll || Organizations.Any(o => o.Id == s.OrganizationId));
        modelBuilder.Entity<CriterionIndicatorSnapshot>().HasQueryFilter(s => ScopeAll || Organizations.Any(o => o.Id == s.OrganizationId));
        modelBuilder.Entity<TeacherQuestionnaire>().HasQueryFilter(q => ScopeAll || Organizations.Any(o => o.Id == q.OrganizationId));
        modelBuilder.Entity<LearningDynamicsReport>().HasQueryFilter(r => ScopeAll || Organizations.Any(o => o.Id == r.OrganizationId));
        modelBuilder.Entity<MentorshipContestReport>().HasQueryFilter(r => ScopeAll || Organizations.Any(o => o.Id == r.OrganizationId));
        modelBuilder.Entity<StaleGroup>().HasQueryFilter(s => ScopeAll || Organizations.Any(o => o.Id == s.OrganizationId));
        modelBuilder.Entity<Roadmap>().HasQueryFilter(r =>
            ScopeAll
            || (r.OrganizationId != null && Organizations.Any(o => o.Id == r.OrganizationId))
            || (r.MunicipalityId != null && ScopeMunicipalityId != null && r.MunicipalityId == ScopeMunicipalityId)
            || (r.MunicipalityId != null && ScopeRegionId != null && Municipalities.Any(m => m.Id == r.MunicipalityId && m.RegionId == ScopeRegionId)));
        modelBuilder.Entity<RoadmapItem>().HasQueryFilter(i => ScopeAll || Set<Roadmap>().Any(r => r.Id == i.RoadmapId));

        // A reporting request is seen by the coordinators of its territory and by the organisations it was sent to;
        // an answer by the organisation's own staff and the coordinators over it.
        modelBuilder.Entity<Domain.Reporting.ReportingRequest>().HasQueryFilter(r =>
            ScopeAll
            || (ScopeRegionId != null && r.RegionId == ScopeRegionId)
            || (ScopeMunicipalityId != null && r.MunicipalityId == ScopeMunicipalityId)
            || Set<Domain.Reporting.ReportingResponse>().Any(a => a.RequestId == r.Id && ScopeOrganizationIds.Contains(a.OrganizationId)));
        modelBuilder.Entity<Domain.Reporting.ReportingResponse>().HasQueryFilter(a => ScopeAll || Organizations.Any(o => o.Id == a.OrganizationId));

        // An organisation's documents follow the organisation; a municipality's are read by the coordinators over it
        // and by the staff of its organisations.
        modelBuilder.Entity<Domain.Documents.OfficialDocument>().HasQueryFilter(d =>
            ScopeAll
            || (d.OrganizationId != null && Organizations.Any(o => o.Id == d.OrganizationId))
            || (d.MunicipalityId != null
                && ((ScopeMunicipalityId != null && d.MunicipalityId == ScopeMunicipalityId)
                    || (ScopeRegionId != null && Municipalities.Any(m => m.Id == d.MunicipalityId && m.RegionId == ScopeRegionId))
                    || Organizations.Any(o => o.MunicipalityId == d.MunicipalityId))));

        // The municipal bank of mentors is seen across the municipality's schools: by its coordinators (and the
        // region's) and by the staff of any organisation of the municipality.
        modelBuilder.Entity<MunicipalMentor>().HasQueryFilter(m =>
            ScopeAll
            || (ScopeMunicipalityId != null && m.MunicipalityId == ScopeMunicipalityId)
            || Organizations.Any(o => o.MunicipalityId == m.MunicipalityId));

        // Join requests from the open resource and a programme's page for parents belong to the programme's organisation.
        modelBuilder.Entity<JoinRequest>().HasQueryFilter(r =>
            ScopeAll || Set<Programme>().Any(p => p.Id == r.ProgrammeId && Organizations.Any(o => o.Id == p.OrganizationId)));
        modelBuilder.Entity<ProgrammePublicPage>().HasQueryFilter(page =>
            ScopeAll || Set<Programme>().Any(p => p.Id == page.ProgrammeId && Organizations.Any(o => o.Id == p.OrganizationId)));
    }
}
