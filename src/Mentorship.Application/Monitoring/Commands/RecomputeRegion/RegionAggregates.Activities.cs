using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>The aggregates of the staff's activity: trainings, contests, publications, employment, answers, stale groups.</summary>
public sealed partial class RegionAggregates
{
    /// <summary>
    /// Staff who completed mentorship training by the end of Y, per organisation: a ДПП course (activity records) or a
    /// programme's stage-2 mentor training (обучение наставников) alike. Stage-2 trainings count for teachers only: a
    /// pupil trained to mentor peers is not the organisation's staff.
    /// </summary>
    public Task<List<OrganizationCount>> TrainedStaff(CancellationToken cancellationToken)
    {
        var end = period.End;
        return (from p in db.People.IgnoreQueryFilters()
                join o in db.Organizations.IgnoreQueryFilters() on p.OrganizationId equals o.Id
                where o.RegionId == regionId
                      && (db.Trainings.Any(t => t.PersonId == p.Id && t.CompletedAt <= end)
                          || (p.Category == PersonCategory.Teacher
                              && db.MentorTrainings.Any(t => t.CompletedAt <= end
                                                             && db.MentorCandidates.IgnoreQueryFilters().Any(c => c.Id == t.CandidateId && c.PersonId == p.Id))))
                group p.Id by p.OrganizationId into g
                select new OrganizationCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Distinct participants of the regional mentorship contest («Лучшие практики наставничества») in Y.</summary>
    public Task<List<OrganizationCount>> RegionalMentorshipContestParticipants(CancellationToken cancellationToken) =>
        (from c in db.ContestParticipations
         join p in db.People.IgnoreQueryFilters() on c.PersonId equals p.Id
         join o in db.Organizations.IgnoreQueryFilters() on p.OrganizationId equals o.Id
         where o.RegionId == regionId && c.Year == period.Year && c.Kind == ContestKind.MentorshipContest && c.Level == ActivityLevel.Regional
         group c.PersonId by p.OrganizationId into g
         select new OrganizationCount(g.Key, g.Distinct().Count()))
        .ToListAsync(cancellationToken);

    /// <summary>Participations in mentorship contests of any level in Y (criterion 6).</summary>
    public Task<List<OrganizationCount>> MentorshipContestParticipations(CancellationToken cancellationToken) =>
        (from c in db.ContestParticipations
         join p in db.People.IgnoreQueryFilters() on c.PersonId equals p.Id
         join o in db.Organizations.IgnoreQueryFilters() on p.OrganizationId equals o.Id
         where o.RegionId == regionId && c.Year == period.Year && c.Kind == ContestKind.MentorshipContest
         group c by p.OrganizationId into g
         select new OrganizationCount(g.Key, g.Count()))
        .ToListAsync(cancellationToken);

    /// <summary>
    /// Criterion 5's numerator: participations in Y of the organisation's young specialists in professional contests at
    /// school and municipal level.
    /// </summary>
    public Task<List<OrganizationCount>> YoungSpecialistContestParticipations(CancellationToken cancellationToken)
    {
        var hiredAfter = period.YoungSpecialistHiredAfter;
        var end = period.End;
        return (from c in db.ContestParticipations
                join p in db.People.IgnoreQueryFilters() on c.PersonId equals p.Id
                join o in db.Organizations.IgnoreQueryFilters() on p.OrganizationId equals o.Id
                where o.RegionId == regionId && c.Year == period.Year && c.Kind == ContestKind.ProfessionalContest
                      && (c.Level == ActivityLevel.School || c.Level == ActivityLevel.Municipal)
                      && db.Employments.Any(e => e.PersonId == c.PersonId && e.OrganizationId == p.OrganizationId && e.IsYoungSpecialist
                                                 && e.HiredAt > hiredAfter && e.HiredAt <= end)
                group c by p.OrganizationId into g
                select new OrganizationCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Presentations and publications of the organisation's mentors (people of a mentor bank) in Y, per level (indicator 6.1).</summary>
    public Task<List<LevelCount>> Publications(CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        return (from pub in db.Publications
                join p in db.People.IgnoreQueryFilters() on pub.PersonId equals p.Id
                join o in db.Organizations.IgnoreQueryFilters() on p.OrganizationId equals o.Id
                where o.RegionId == regionId && pub.Date >= start && pub.Date <= end && db.Mentors.Any(m => m.PersonId == pub.PersonId)
                group pub by new { p.OrganizationId, pub.Level } into g
                select new LevelCount(g.Key.OrganizationId, g.Key.Level, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Criterion 4's counts per organisation, from the employments kept there.</summary>
    public Task<List<EmploymentCounts>> Employments(CancellationToken cancellationToken)
    {
        var (cohortFrom, cohortTo, end, under3After) = (period.CohortHiredFrom, period.CohortHiredTo, period.End, period.Under3YearsHiredAfter);
        return (from e in db.Employments
                join o in db.Organizations.IgnoreQueryFilters() on e.OrganizationId equals o.Id
                where o.RegionId == regionId && e.HiredAt <= end
                group e by e.OrganizationId into g
                select new EmploymentCounts(
                    g.Key,
                    g.Count(e => e.IsYoungSpecialist && e.HiredAt >= cohortFrom && e.HiredAt <= cohortTo),
                    g.Count(e => e.IsYoungSpecialist && e.HiredAt >= cohortFrom && e.HiredAt <= cohortTo
                                 && (e.LeftAt == null || e.LeftAt >= end || e.LeftAt >= e.HiredAt.AddYears(3))),
                    g.Count(e => e.LeftAt == null || e.LeftAt >= end),
                    g.Count(e => (e.LeftAt == null || e.LeftAt >= end) && e.HiredAt > under3After)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Pairs and groups flagged by the daily job, at the organisation that runs the programme.</summary>
    public Task<List<OrganizationCount>> StaleGroups(CancellationToken cancellationToken) =>
        (from s in db.StaleGroups.IgnoreQueryFilters()
         join o in db.Organizations.IgnoreQueryFilters() on s.OrganizationId equals o.Id
         where o.RegionId == regionId
         group s by s.OrganizationId into g
         select new OrganizationCount(g.Key, g.Count()))
        .ToListAsync(cancellationToken);
}
